using System.Collections;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Examples;

/// <summary>Every stated fact of every example cites the clause of its contract it comes from (docs/agreement-format.md,
/// "Clauses").</summary>
public sealed class ExampleProvenanceTests
{
    public static TheoryData<string> Examples => SeedFindingsTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryStatedFact_CitesItsClause(string example)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", example + ".json"));
        var facts = new List<string>();
        Collect(agreement, "$", facts);

        var uncited = facts.Where(path => AgreementNavigator.Resolve(agreement, path).Clauses.IsEmpty).ToList();

        Assert.True(facts.Count > 40, $"only {facts.Count} stated facts found");
        Assert.True(uncited.Count == 0, $"{uncited.Count} of {facts.Count} stated facts cite no clause:\n" + string.Join("\n", uncited));
    }

    // The path of every stated leaf: a value, a list of values, or each member of each object in a list of objects. A member
    // left at the model's default (the default time zone, a false that is the default of a non-nullable flag) is no fact
    // of the text.
    private static void Collect(object owner, string path, List<string> facts)
    {
        var defaults = ModelAccessors.CreatorOf(owner.GetType())!();
        foreach (var member in AgreementNavigator.MemberNames(owner)!)
        {
            if (!AgreementNavigator.TryGetMember(owner, member, out var value) || !AgreementNavigator.IsStated(value)
                || (AgreementNavigator.TryGetMember(defaults, member, out var standard) && Equals(value, standard)))
            {
                continue;
            }

            var memberPath = path + "." + member;
            if (AgreementNavigator.MemberNames(value) is not null)
            {
                Collect(value!, memberPath, facts);
            }
            else if (value is IList list && list.Count > 0 && AgreementNavigator.MemberNames(list[0]) is not null)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Collect(list[i]!, memberPath + "[" + i + "]", facts);
                }
            }
            else
            {
                facts.Add(memberPath);
            }
        }
    }
}
