using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Testing;
using Dpa.Rules.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Catalog;

/// <summary>The words of every rule's messages, on the examples and on generated agreements, in every mode: a Dutch message
/// holds no English word a rule adds and no enum identifier, and no message quotes a number or shows an ISO-8601 period.</summary>
/// <remarks><para>The forbidden words are derived, so that the test cannot go stale: the words of the English
/// <c>Argument…</c> resources and the English unit words of periods, minus the words the Dutch resources use themselves
/// (<c>in</c>, <c>art</c>); and the names of the library's enum members, as C# (<c>PartialObligations</c>) and as the
/// agreement format spells them (<c>partialObligations</c>). Before a message is scanned the agreement's quoted names, JSON
/// paths and country codes are taken out: they are not words of the message's language.</para></remarks>
public sealed partial class MessageWordingTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly ResourceManager Resources = new("Dpa.Rules.Catalog.Resources.RuleResources", typeof(RuleDescriptor).Assembly);

    private static readonly AgreementValidator Catalog = Validator(RuleSet.Default);

    private static readonly HashSet<string> DutchVocabulary = DutchWords();

    // English words, compared without case.
    private static readonly HashSet<string> EnglishWords = ForbiddenEnglishWords();

    // Enum identifiers, compared with case.
    private static readonly HashSet<string> Identifiers = EnumIdentifiers();

    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    [Fact]
    public void ForbiddenWords_AreDerivedFromTheResourcesAndTheEnums()
    {
        // The words this test exists for: if one of them stopped being derived, the test would have gone stale.
        Assert.Superset(new HashSet<string>(["stated", "none", "kept", "any", "country", "waives", "advance", "processor", "hours", "days"], StringComparer.OrdinalIgnoreCase), EnglishWords);
        Assert.Superset(new HashSet<string>(["PartialObligations", "partialObligations", "ExternalUrl", "externalUrl", "DeleteOnly", "deleteOnly", "Processor"], StringComparer.Ordinal), Identifiers);

        // Words both languages share are no evidence of English.
        Assert.DoesNotContain("in", EnglishWords);
        Assert.DoesNotContain("art", EnglishWords);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_DutchMessages_HaveNoEnglishWordOrEnumIdentifier(string file)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        Assert.Empty(Enum.GetValues<ValidationMode>().SelectMany(mode => EnglishInDutch(agreement, mode)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_Messages_QuoteNoNumberAndShowNoIsoPeriod(string file)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        Assert.Empty(Enum.GetValues<ValidationMode>().SelectMany(mode => NumbersOrIsoPeriods(agreement, mode)));
    }

    [Property(MaxTest = 200)]
    public Property GeneratedAgreement_DutchMessages_HaveNoEnglishWordOrEnumIdentifier() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
        {
            var problems = Enum.GetValues<ValidationMode>().SelectMany(mode => EnglishInDutch(agreement, mode)).ToList();
            return problems.Count == 0
                ? true
                : throw new InvalidOperationException($"{string.Join("\n", problems)}\n{AgreementJson.ToJson(agreement)}");
        });

    [Property(MaxTest = 200)]
    public Property GeneratedAgreement_Messages_QuoteNoNumberAndShowNoIsoPeriod() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
        {
            var problems = Enum.GetValues<ValidationMode>().SelectMany(mode => NumbersOrIsoPeriods(agreement, mode)).ToList();
            return problems.Count == 0
                ? true
                : throw new InvalidOperationException($"{string.Join("\n", problems)}\n{AgreementJson.ToJson(agreement)}");
        });

    [Theory]
    [InlineData("Er staat nog een in te vullen veld op $.parties.processor.name", null)]
    [InlineData("Persoonsgegevens kunnen door 'Processor Inc.' worden verwerkt in US", null)]
    [InlineData("De overeenkomst (objection right: not stated)", "objection")]
    [InlineData("Doorlegging: partialObligations", "partialObligations")]
    [InlineData("Keuze: DeleteOnly", "DeleteOnly")]
    [InlineData("De meldtermijn van 48 hours van de verwerker", "hours")]
    public void Scan_FindsEnglishAndIdentifiers_NotNamesPathsOrCodes(string message, string? expected)
    {
        var found = ForbiddenIn(Strip(message, ["Processor Inc."])).FirstOrDefault();

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("notice period 'P14D'", true)]
    [InlineData("leaves '24' hours", true)]
    [InlineData("expired on '2026-10-31'", true)]
    [InlineData("a deadline of PT48H", true)]
    [InlineData("a deadline of 48 hours, expired on 2026-10-31, by 'ISO 27001 B.V.'", false)]
    [InlineData("the controller's choice", false)]
    public void Scan_FindsQuotedNumbersAndIsoPeriods(string message, bool expected)
    {
        Assert.Equal(expected, QuotedNumber().IsMatch(message) || IsoPeriod().IsMatch(message));
    }

    private static IEnumerable<string> EnglishInDutch(ProcessingAgreement agreement, ValidationMode mode)
    {
        var report = Catalog.Validate(agreement, Options with { Mode = mode, Culture = Dutch });
        var names = Names(agreement);
        foreach (var finding in report.Findings)
        {
            foreach (var word in ForbiddenIn(Strip(finding.Message, names)))
            {
                yield return $"{finding.RuleId} ({mode}): '{word}' in \"{finding.Message}\"";
            }
        }
    }

    private static IEnumerable<string> NumbersOrIsoPeriods(ProcessingAgreement agreement, ValidationMode mode)
    {
        var names = Names(agreement);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, Dutch })
        {
            var report = Catalog.Validate(agreement, Options with { Mode = mode, Culture = culture });
            foreach (var finding in report.Findings)
            {
                var text = StripNames(finding.Message, names);
                if (QuotedNumber().IsMatch(text) || IsoPeriod().IsMatch(text))
                {
                    yield return $"{finding.RuleId} ({mode}, {culture.Name}): \"{finding.Message}\"";
                }
            }
        }
    }

    private static IEnumerable<string> ForbiddenIn(string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value;
            if (Identifiers.Contains(word) || EnglishWords.Contains(word))
            {
                yield return word;
            }
        }
    }

    // Quoted names, JSON paths and country codes are not words of the message's language.
    private static string Strip(string message, IReadOnlyList<string> names) =>
        CountryCodeToken().Replace(JsonPath().Replace(StripNames(message, names), " "), " ");

    private static string StripNames(string message, IReadOnlyList<string> names)
    {
        foreach (var name in names.OrderByDescending(name => name.Length))
        {
            message = message.Replace("'" + name + "'", " ", StringComparison.Ordinal);
        }

        return message;
    }

    private static List<string> Names(ProcessingAgreement agreement)
    {
        var names = agreement.Parties.Controllers.Select(party => party.Name?.Text)
            .Append(agreement.Parties.Processor.Name?.Text)
            .Concat(agreement.SubProcessing.SubProcessors.Select(subProcessor => subProcessor.Name.Text));
        return [.. names.OfType<string>()];
    }

    private static HashSet<string> DutchWords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Resources.GetResourceSet(CultureInfo.GetCultureInfo("nl"), createIfNotExists: true, tryParents: false)!)
        {
            words.UnionWith(Word().Matches((string)entry.Value!).Select(match => match.Value));
        }

        // The unit words of periods written for people in Dutch ("1 week" is Dutch too).
        foreach (var unit in Enum.GetValues<PeriodUnit>())
        {
            words.UnionWith(Word().Matches(ContractualPeriod.Of(1, unit).ToString(null, Dutch)).Select(match => match.Value));
            words.UnionWith(Word().Matches(ContractualPeriod.Of(2, unit).ToString(null, Dutch)).Select(match => match.Value));
        }

        return words;
    }

    private static HashSet<string> ForbiddenEnglishWords()
    {
        var english = new List<string>();
        foreach (DictionaryEntry entry in Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!)
        {
            if (((string)entry.Key).StartsWith("Argument", StringComparison.Ordinal))
            {
                english.Add((string)entry.Value!);
            }
        }

        // The unit words of periods written for people.
        foreach (var unit in Enum.GetValues<PeriodUnit>())
        {
            english.Add(ContractualPeriod.Of(1, unit).ToString(null, CultureInfo.InvariantCulture));
            english.Add(ContractualPeriod.Of(2, unit).ToString(null, CultureInfo.InvariantCulture));
        }

        // Single letters are the points of an article, (a) to (d), in both languages.
        return english.SelectMany(text => Word().Matches(text).Select(match => match.Value))
            .Where(word => word.Length > 1 && !DutchVocabulary.Contains(word))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static HashSet<string> EnumIdentifiers()
    {
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(ProcessingAgreement).Assembly.GetExportedTypes().Where(type => type.IsEnum))
        {
            foreach (var name in Enum.GetNames(type))
            {
                // A one-word member may also be a Dutch word of the resources: that is no evidence of an identifier.
                var oneWord = name.Skip(1).All(char.IsLower);
                if (oneWord && DutchVocabulary.Contains(name))
                {
                    continue;
                }

                identifiers.Add(name);
                identifiers.Add(char.ToLowerInvariant(name[0]) + name[1..]);
            }
        }

        return identifiers;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\$[^\s,;]*")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"\b[A-Z]{2}\b")]
    private static partial Regex CountryCodeToken();

    // A quoted text without letters but with a digit: a number, a date or an amount in quotes.
    [GeneratedRegex(@"'[^'\p{L}]*\d[^'\p{L}]*'")]
    private static partial Regex QuotedNumber();

    [GeneratedRegex(@"\bP(?:T\d+H|\d+[DWMY])\b")]
    private static partial Regex IsoPeriod();
}
