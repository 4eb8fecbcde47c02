using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Tests.Catalog;

/// <summary>Meta-tests over every descriptor (the catalog's and the engine's), in the spirit of roslyn-analyzers' own
/// analyzers: they go red as soon as a rule lacks a text, a translation, a docs page, a release line or its tests.</summary>
public sealed partial class CatalogHygieneTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    private static readonly ResourceManager Resources = new("Dpa.Rules.Catalog.Resources.RuleResources", typeof(RuleDescriptor).Assembly);

    private static readonly string[] DocsSections = ["## What it checks", "## Why", "## How to fix", "## When to suppress", "## Example that fires"];

    private static IEnumerable<RuleDescriptor> AllDescriptors =>
        EngineRules.All.Concat(RuleCatalog.All.Select(rule => rule.Descriptor));

    public static TheoryData<string> AllIds => [.. AllDescriptors.Select(descriptor => descriptor.Id.ToString())];

    public static TheoryData<string> CatalogIds => [.. RuleCatalog.All.Select(rule => rule.Descriptor.Id.ToString())];

    private static string RulesDocs => Path.Combine(RepositoryRootAttribute.Value, "docs", "rules");

    [Fact]
    public void Ids_AreUnique()
    {
        var duplicates = AllDescriptors.GroupBy(descriptor => descriptor.Id).Where(group => group.Count() > 1).Select(group => group.Key.ToString());

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Catalog_IsInIdOrder()
    {
        var ids = RuleCatalog.All.Select(rule => rule.Descriptor.Id.Number).ToList();

        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public void CategoriesFile_ListsEveryCategoryOnceWithItsDigit()
    {
        var ranges = ReadCategoryRanges();

        Assert.Equal(Enum.GetNames<RuleCategory>().Order(StringComparer.Ordinal), ranges.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, (first, last)) in ranges)
        {
            var digit = (int)Enum.Parse<RuleCategory>(name);
            Assert.Equal(digit, first.Number / 1000);
            Assert.Equal(digit, last.Number / 1000);
            Assert.True(first <= last, $"{name}: {first} is after {last}.");
            // n900-n999 belong to host applications (RuleDescriptor.Create).
            Assert.True(last.Number % 1000 < 900, $"{name}: the catalog range must end below {digit}900.");
        }
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Id_IsInItsCategoryRange(string id)
    {
        var descriptor = Descriptor(id);
        var (first, last) = ReadCategoryRanges()[descriptor.Category.ToString()];

        Assert.Equal((int)descriptor.Category, descriptor.Id.Number / 1000);
        Assert.InRange(descriptor.Id.Number, first.Number, last.Number);
        Assert.False(descriptor.IsHostRule);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Texts_ExistInEnglishAndDutch(string id)
    {
        var descriptor = Descriptor(id);
        var english = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        var dutch = Resources.GetResourceSet(Dutch, createIfNotExists: true, tryParents: false);
        Assert.NotNull(english);
        Assert.NotNull(dutch);

        foreach (var suffix in new[] { "Title", "Message", "Description" })
        {
            var name = descriptor.Name + suffix;
            var en = english.GetString(name);
            var nl = dutch.GetString(name);
            Assert.False(string.IsNullOrWhiteSpace(en), $"{id}: English resource '{name}' is missing.");
            Assert.False(string.IsNullOrWhiteSpace(nl), $"{id}: Dutch resource '{name}' is missing.");
            Assert.NotEqual(en, nl);
        }

        var englishMessage = english.GetString(descriptor.Name + "Message")!;
        var dutchMessage = dutch.GetString(descriptor.Name + "Message")!;
        Assert.Equal(Placeholders(englishMessage), Placeholders(dutchMessage));
        foreach (var message in new[] { englishMessage, dutchMessage })
        {
            // Names quote themselves (ArgumentTexts.Name); numbers, periods, dates and words are never quoted.
            Assert.True(QuotedPlaceholder().Count(message) == 0, $"{id}: a template quotes no argument ('{{0}}'): {message}");
            var arguments = Enumerable.Range(0, Placeholders(message).Count).Select(i => (object?)"x").ToArray();
            _ = string.Format(CultureInfo.InvariantCulture, message, arguments);
        }

        // The arguments are named for people (dpa-rules explain): {RuleName}MessageArguments lists the names by index, once,
        // in the neutral resources only — names are identifiers, not words to translate.
        var count = Placeholders(englishMessage).Count;
        Assert.Equal(Enumerable.Range(0, count), Placeholders(englishMessage));
        var names = english.GetString(descriptor.Name + "MessageArguments");
        Assert.Null(dutch.GetString(descriptor.Name + "MessageArguments"));
        if (count == 0)
        {
            Assert.Null(names);
            return;
        }

        Assert.NotNull(names);
        Assert.Equal(count, descriptor.MessageArgumentNames.Length);
        Assert.Equal(descriptor.MessageArgumentNames.Length, descriptor.MessageArgumentNames.Distinct(StringComparer.Ordinal).Count());
        Assert.All(descriptor.MessageArgumentNames, name => Assert.Matches("^[a-z][A-Za-z]*$", name));
        Assert.DoesNotMatch(@"\{\d", descriptor.MessageTemplate);
        Assert.DoesNotMatch(@"\{\d", descriptor.GetMessageTemplate(Dutch));
    }

    [Fact]
    public void Resources_AreAllUsed()
    {
        var english = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var dutch = Resources.GetResourceSet(Dutch, createIfNotExists: true, tryParents: false)!;
        var known = AllDescriptors
            .SelectMany(descriptor => new[] { "Title", "Message", "MessageArguments", "Description" }.Select(suffix => descriptor.Name + suffix))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var set in new[] { english, dutch })
        {
            foreach (var key in set.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key))
            {
                Assert.True(known.Contains(key) || key.StartsWith("Argument", StringComparison.Ordinal), $"The resource '{key}' belongs to no rule.");
            }
        }
    }

    [Fact]
    public void ArgumentTexts_ExistInEnglishAndDutch_AndEveryOneIsUsed()
    {
        var english = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var dutch = Resources.GetResourceSet(Dutch, createIfNotExists: true, tryParents: false)!;
        var fields = typeof(ArgumentTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.FieldType == typeof(ArgumentText)).ToList();
        Assert.NotEmpty(fields);

        foreach (var field in fields)
        {
            var text = (ArgumentText)field.GetValue(null)!;
            Assert.Equal("Argument" + field.Name, text.ResourceName);
            var en = english.GetString(text.ResourceName);
            var nl = dutch.GetString(text.ResourceName);
            Assert.False(string.IsNullOrWhiteSpace(en), $"English resource '{text.ResourceName}' is missing.");
            Assert.False(string.IsNullOrWhiteSpace(nl), $"Dutch resource '{text.ResourceName}' is missing.");
            Assert.NotEqual(en, nl);
            Assert.Equal(Placeholders(en), Placeholders(nl));
            Assert.True(QuotedPlaceholder().Count(en) + QuotedPlaceholder().Count(nl) == 0, $"{text.ResourceName} quotes an argument.");
        }

        // No orphan: every Argument… resource is a field of ArgumentTexts.
        var names = fields.Select(field => "Argument" + field.Name).ToHashSet(StringComparer.Ordinal);
        var resources = english.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key).Where(key => key.StartsWith("Argument", StringComparison.Ordinal));
        Assert.All(resources, key => Assert.True(names.Contains(key), $"The resource '{key}' is not used by ArgumentTexts."));
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Rule_HasALegalReference(string id)
    {
        // Engine descriptors (DPA0xxx) are exempt: they report on the engine and its configuration, not on the law.
        Assert.NotEmpty(Descriptor(id).LegalReferences);
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Rule_IsASmallInternalSealedTypeNamedForItsCheck(string id)
    {
        var rule = RuleCatalog.All.Single(rule => rule.Descriptor.Id.ToString() == id);
        var type = rule.GetType();

        Assert.Equal(type.Name, rule.Descriptor.Name);
        Assert.EndsWith("Rule", type.Name, StringComparison.Ordinal);
        Assert.True(type.IsSealed && !type.IsPublic, $"{type.Name} must be internal and sealed.");
        Assert.Equal($"Dpa.Rules.Catalog.{rule.Descriptor.Category}", type.Namespace);
        Assert.Same(rule.Descriptor, rule.Descriptor);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void HelpUri_PointsToItsDocsPage(string id)
    {
        var descriptor = Descriptor(id);
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpUri.AbsoluteUri, StringComparison.Ordinal);

        var page = Path.Combine(RulesDocs, id + ".md");
        Assert.True(File.Exists(page), $"{id}: docs/rules/{id}.md is missing.");
        var lines = File.ReadAllLines(page);
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        foreach (var section in DocsSections)
        {
            Assert.Contains(section, lines);
        }
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void DocsExample_FiresTheRule(string id)
    {
        var lines = File.ReadAllLines(Path.Combine(RulesDocs, id + ".md"));
        var section = Array.IndexOf(lines, "## Example that fires");
        Assert.True(section >= 0, $"{id}: no '## Example that fires' section.");
        var start = Array.FindIndex(lines, section, line => line.StartsWith("```json", StringComparison.Ordinal));
        Assert.True(start > section, $"{id}: the example has no JSON block.");
        var end = Array.FindIndex(lines, start + 1, line => line == "```");
        var agreement = global::Dpa.Rules.Serialization.AgreementJson.Parse(string.Join('\n', lines[(start + 1)..end]));

        var report = new global::Dpa.Rules.Validation.AgreementValidator(
            global::Dpa.Rules.Validation.RuleSet.Default,
            global::Dpa.Rules.Validation.ValidationOptions.Default with { AsOf = RuleTester.DefaultAsOf },
            new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 11, 25, 12, 0))).Validate(agreement);

        Assert.Contains(report.Findings, finding => finding.RuleId.ToString() == id);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void ReleaseTracking_HasALineForTheRule(string id)
    {
        var descriptor = Descriptor(id);
        var releases = ReadReleaseTracking();

        Assert.True(releases.TryGetValue(id, out var line), $"{id}: no line in docs/rules/RulesReleases.Shipped.md or Unshipped.md.");
        Assert.Equal(descriptor.Category.ToString(), line.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), line.Severity);
        Assert.Equal(descriptor.Name, line.Notes);
    }

    [Fact]
    public void ReleaseTracking_EveryLineHasARule()
    {
        var ids = AllDescriptors.Select(descriptor => descriptor.Id.ToString()).ToHashSet(StringComparer.Ordinal);

        Assert.All(ReadReleaseTracking().Keys, id => Assert.True(ids.Contains(id), $"{id} has a release-tracking line but no rule."));
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Tests_ShowTheRuleFiringAndNotFiring(string id)
    {
        var names = typeof(CatalogHygieneTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(FactAttribute), inherit: true))
            .Select(method => method.Name)
            .ToList();

        Assert.Contains(names, name => name.EndsWith("_Reports" + id, StringComparison.Ordinal));
        Assert.Contains(names, name => name.EndsWith("_DoesNotReport" + id, StringComparison.Ordinal));
    }

    [Fact]
    public void RulesIndex_IsUpToDate()
    {
        // Regenerate with DPA_UPDATE_DOCS=1 after adding rules.
        var path = Path.Combine(RulesDocs, "README.md");
        var expected = RulesIndex();
        if (Environment.GetEnvironmentVariable("DPA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    private static string RulesIndex()
    {
        var text = new StringBuilder()
            .Append("# Rule catalog\n\n")
            .Append("Every rule of the library, in id order: the engine's own (`DPA0xxx`) and the catalog's. Categories and id ranges are in\n")
            .Append("[RuleCategories.txt](RuleCategories.txt); new and shipped rules in [RulesReleases.Unshipped.md](RulesReleases.Unshipped.md) and\n")
            .Append("[RulesReleases.Shipped.md](RulesReleases.Shipped.md); how to run and configure them in [../validation.md](../validation.md).\n\n")
            .Append("This table is generated from the catalog by `RulesIndex_IsUpToDate` in `tests/Dpa.Rules.Tests/Catalog/CatalogHygieneTests.cs`;\n")
            .Append("regenerate it with `DPA_UPDATE_DOCS=1 dotnet test --solution Dpa.Rules.sln -c Release -- --filter-method \"*RulesIndex_IsUpToDate\"`.\n\n")
            .Append("| Id | Title | Default severity | Category |\n")
            .Append("|---|---|---|---|\n");
        foreach (var descriptor in AllDescriptors.OrderBy(descriptor => descriptor.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.Title.Replace("|", "\\|", StringComparison.Ordinal)} | {descriptor.DefaultSeverity} | {descriptor.Category} |\n");
        }

        return text.ToString();
    }

    private static RuleDescriptor Descriptor(string id) => AllDescriptors.Single(descriptor => descriptor.Id.ToString() == id);

    private static List<int> Placeholders(string format) =>
        [.. Placeholder().Matches(format).Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    private static Dictionary<string, (RuleId First, RuleId Last)> ReadCategoryRanges()
    {
        var ranges = new Dictionary<string, (RuleId, RuleId)>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(RulesDocs, "RuleCategories.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var match = CategoryLine().Match(line);
            Assert.True(match.Success, $"RuleCategories.txt: malformed line '{line}'.");
            Assert.True(ranges.TryAdd(match.Groups[1].Value, (RuleId.Parse(match.Groups[2].Value), RuleId.Parse(match.Groups[3].Value))), $"RuleCategories.txt: '{match.Groups[1].Value}' twice.");
        }

        return ranges;
    }

    /// <summary>Reads both release-tracking files (Roslyn format): New Rules add, Changed Rules update, Removed Rules remove.</summary>
    private static Dictionary<string, (string Category, string Severity, string Notes)> ReadReleaseTracking()
    {
        var rules = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var file in new[] { "RulesReleases.Shipped.md", "RulesReleases.Unshipped.md" })
        {
            var section = "";
            foreach (var line in File.ReadAllLines(Path.Combine(RulesDocs, file)))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    section = line[4..].Trim();
                    continue;
                }

                var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                if (cells.Length < 3 || !RuleId.TryParse(cells[0], out _))
                {
                    continue;
                }

                var id = cells[0];
                switch (section)
                {
                    case "New Rules":
                        Assert.True(rules.TryAdd(id, (cells[1], cells[2], cells.Length > 3 ? cells[3] : "")), $"{file}: {id} is added twice.");
                        break;
                    case "Changed Rules":
                        Assert.True(rules.ContainsKey(id), $"{file}: {id} is changed but was never added.");
                        rules[id] = (cells[1], cells[2], cells.Length > 5 ? cells[5] : "");
                        break;
                    case "Removed Rules":
                        Assert.True(rules.Remove(id), $"{file}: {id} is removed but was never added.");
                        break;
                    default:
                        Assert.Fail($"{file}: {id} is outside a New/Changed/Removed Rules section.");
                        break;
                }
            }
        }

        return rules;
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"'\{\d+(?:[,:][^}]*)?\}'")]
    private static partial Regex QuotedPlaceholder();

    [GeneratedRegex(@"^(\w+): (DPA\d{4})-(DPA\d{4})$")]
    private static partial Regex CategoryLine();
}
