using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Catalog;

namespace Dpa.Rules.Tests.Model;

/// <summary>Provenance: an agreement cites the clauses its facts come from, and findings name them.</summary>
public sealed class ClauseReferencesTests
{
    private static readonly ClauseReferences Breach = ClauseReferences.None
        .With(nameof(BreachTerms.Deadline), "7.1")
        .With("content", "7.4", "Bijlage 3");

    [Fact]
    public void For_GivesTheMembersOwnClauses_ElseTheWholeObjects()
    {
        var withWhole = Breach.With(ClauseReferences.WholeObject, "7");

        Assert.Equal(["7.1"], Breach.For("deadline"));
        Assert.Equal(["7.4", "Bijlage 3"], Breach.For("content"));
        Assert.Empty(Breach.For("trigger"));
        Assert.Equal(["7"], withWhole.For("trigger"));
        Assert.Equal(["7.1"], withWhole.For("deadline"));
    }

    [Fact]
    public void With_ConvertsAPropertyName_AndReplacesAnEntry()
    {
        var replaced = Breach.With("deadline", "7.2");

        Assert.Equal("deadline", Breach.Entries[0].Key);
        Assert.Equal(["7.2"], replaced.For("deadline"));
        Assert.Equal(2, replaced.Entries.Length);
    }

    [Fact]
    public void Equality_IsStructural_AndIgnoresTheOrderOfMembers()
    {
        var other = ClauseReferences.None.With("content", "7.4", "Bijlage 3").With("deadline", "7.1");

        Assert.Equal(Breach, other);
        Assert.Equal(Breach.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(Breach, Breach.With("deadline", "7.2"));
        Assert.Equal(new BreachTerms { Clauses = Breach }, new BreachTerms { Clauses = other });
    }

    [Fact]
    public void BlankMembersAndClauses_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => ClauseReferences.None.With(" ", "7.1"));
        Assert.Throws<ArgumentException>(() => ClauseReferences.None.With("deadline"));
        Assert.Throws<ArgumentException>(() => ClauseReferences.None.With("deadline", " "));
        Assert.Throws<ArgumentException>(() => ClauseReferences.Create([new("deadline", ["7.1"]), new("deadline", ["7.2"])]));
    }

    [Fact]
    public void NullClauses_AreNone()
    {
        Assert.Same(ClauseReferences.None, new BreachTerms { Clauses = null! }.Clauses);
    }

    [Fact]
    public void Navigator_FindsTheNearestCitation_AndWhetherTheFactIsStated()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Clauses = ClauseReferences.None.With("subProcessing", "5"),
            Breach = new BreachTerms { Deadline = ContractualPeriod.FromHours(24), Clauses = Breach },
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors =
                [
                    new SubProcessor { Name = "A", Locations = [CountryCode.Netherlands] },
                    new SubProcessor { Name = "B", Locations = [CountryCode.Netherlands], Clauses = ClauseReferences.None.With("*", "Bijlage 2") },
                ],
            },
        };

        AssertResolves(agreement, "$.breach.deadline", true, "7.1");
        AssertResolves(agreement, "$.breach.content", false);
        AssertResolves(agreement, "$.subProcessing.subProcessors[1].locations[0]", true, "Bijlage 2");
        AssertResolves(agreement, "$.subProcessing.subProcessors[1]", true, "Bijlage 2");
        AssertResolves(agreement, "$.subProcessing.subProcessors[0].name", true, "5");
        AssertResolves(agreement, "$.subProcessing.subProcessors[7].name", false);
        AssertResolves(agreement, "$.audits", false);
        AssertResolves(agreement, "$.noSuchMember", false);
    }

    [Fact]
    public void Finding_NamesTheClauseOfTheJudgedFact_OrThatItIsNotStated()
    {
        // GDPR Art. 33(1) gives the controller 72 hours; a processor deadline of 72 hours leaves none (DPA7003).
        var cited = TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { NotificationDuty = true, Deadline = ContractualPeriod.FromHours(72), Clauses = Breach },
        };

        var finding = Assert.Single(RuleTester.Run(new BreachDeadlineExceedsControllerWindowRule(), cited));
        Assert.Equal(true, finding.Source.FactStated);
        Assert.Equal(["7.1"], finding.Source.Clauses);
        Assert.Equal("clause 7.1", finding.Source.ToString());

        // No notification duty at all (Art. 33(2), 28(3)(f)): nothing to cite.
        var silent = Assert.Single(RuleTester.Run(new MissingBreachNotificationDutyRule(), TestAgreements.Minimal()));
        Assert.Equal(false, silent.Source.FactStated);
        Assert.Empty(silent.Source.Clauses);
        Assert.Equal("not stated", silent.Source.ToString());
    }

    private static void AssertResolves(ProcessingAgreement agreement, string path, bool stated, params string[] clauses)
    {
        var resolved = AgreementNavigator.Resolve(agreement, path);
        Assert.True(resolved.Stated == stated, $"{path}: stated {resolved.Stated}");
        Assert.Equal(clauses, resolved.Clauses);
    }
}
