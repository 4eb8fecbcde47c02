using System.Text;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>Every format error carries its kind and arguments as data, and its reason is rendered from them.</summary>
public sealed class JsonFormatErrorKindTests
{
    // Line 5 onwards is the member under test.
    private static string Agreement(string members) =>
        "{\n  \"formatVersion\": 1,\n  \"document\": { \"status\": \"executed\" },\n  \"parties\": { \"processor\": { \"name\": \"P\" } },\n"
        + members + "\n}";

    private static string Dated(string date) =>
        "{\n  \"formatVersion\": 1,\n  \"document\": { \"status\": \"executed\", \"dateSigned\": \"" + date + "\" },\n  \"parties\": { \"processor\": { } }\n}";

    private static AgreementFormatException Fails(string json) => Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(json));

    private static void AssertKind(AgreementFormatException ex, JsonFormatErrorKind kind, string path, params string[] arguments)
    {
        Assert.Equal(kind, ex.Kind);
        Assert.Equal(path, ex.Path);
        Assert.Equal(arguments, ex.Arguments);
    }

    public static TheoryData<string, JsonFormatErrorKind, string, string[]> Cases => new()
    {
        { Agreement("  \"security\": { \"firewall\": true }"), JsonFormatErrorKind.UnknownProperty, "$.security.firewall", ["firewall"] },
        { Agreement("  \"security\": [ ]"), JsonFormatErrorKind.WrongType, "$.security", ["object"] },
        { Agreement("  \"transfers\": { }"), JsonFormatErrorKind.WrongType, "$.transfers", ["array"] },
        { Agreement("  \"instructions\": { \"documentedInstructionsOnly\": \"yes\" }"), JsonFormatErrorKind.WrongType, "$.instructions.documentedInstructionsOnly", ["boolean"] },
        { Agreement("  \"endOfProcessing\": { \"backups\": { \"tiers\": [ { \"frequency\": \"daily\", \"count\": 1.5 } ] } }"), JsonFormatErrorKind.WrongType, "$.endOfProcessing.backups.tiers[0].count", ["count"] },
        { Agreement("  \"endOfProcessing\": { \"backups\": { \"tiers\": [ { \"frequency\": \"daily\", \"count\": -1 } ] } }"), JsonFormatErrorKind.InvalidValue, "$.endOfProcessing.backups.tiers[0].count", ["count"] },
        { Agreement("  \"security\": { \"measures\": [ { \"kind\": \"encryption\" } ] }"), JsonFormatErrorKind.MissingProperty, "$.security.measures[0]", ["description"] },
        { "{ \"formatVersion\": 1 }", JsonFormatErrorKind.MissingProperty, "$", ["document", "parties"] },
        { "{ \"document\": { \"status\": \"draft\" } }", JsonFormatErrorKind.MissingProperty, "$", ["formatVersion"] },
        { Agreement("  \"processing\": null"), JsonFormatErrorKind.NullInsteadOfOmitted, "$.processing", ["processing"] },
        { Agreement("  \"processing\": { \"purposes\": [ \"a\", null ] }"), JsonFormatErrorKind.NullNotAllowed, "$.processing.purposes[1]", [] },
        { Agreement("  \"subProcessing\": { \"subProcessors\": [ { \"name\": null } ] }"), JsonFormatErrorKind.NullNotAllowed, "$.subProcessing.subProcessors[0].name", ["name"] },
        { Agreement("  \"breach\": { \"promptness\": \"soon\" }"), JsonFormatErrorKind.NotOneOf, "$.breach.promptness", ["immediately", "withoutUndueDelay", "withinPeriod", "bestEfforts"] },
        { Agreement("  \"breach\": { \"deadline\": \"P1M2D\" }"), JsonFormatErrorKind.ModelRule, "$.breach.deadline", ["A period must use a single unit (hours, days, weeks, months or years), not a mix such as 'P1M2D'."] },
        { Agreement("  \"breach\": { \"deadline\": 24 }"), JsonFormatErrorKind.WrongType, "$.breach.deadline", ["period"] },
        { Dated("2025-02-30"), JsonFormatErrorKind.InvalidValue, "$.document.dateSigned", ["date", "2025", "2", "30"] },
        { Dated("2025-13-01"), JsonFormatErrorKind.InvalidValue, "$.document.dateSigned", ["date", "2025", "13"] },
        { Dated("2025-9-4"), JsonFormatErrorKind.InvalidValue, "$.document.dateSigned", ["date"] },
        { Agreement("  \"liability\": { \"cap\": { \"maximum\": { \"amount\": -5, \"currency\": \"EUR\" } } }"), JsonFormatErrorKind.InvalidValue, "$.liability.cap.maximum.amount", ["amount"] },
        { Agreement("  \"liability\": { \"cap\": { \"maximum\": { \"amount\": 5 } } }"), JsonFormatErrorKind.MissingProperty, "$.liability.cap.maximum", ["currency"] },
        { Agreement("  \"liability\": { \"cap\": { \"maximum\": { \"amount\": 5, \"currency\": \"EUR\", \"vat\": 1 } } }"), JsonFormatErrorKind.UnknownProperty, "$.liability.cap.maximum.vat", ["vat", "amount", "currency"] },
        { Agreement("  \"$schema\": 5"), JsonFormatErrorKind.WrongType, "$['$schema']", ["string", "$schema"] },
        { "{\n  \"formatVersion\": 2\n}", JsonFormatErrorKind.UnsupportedVersion, "$.formatVersion", ["2", "formatVersion", "1"] },
        { "{\n  \"formatVersion\": \"1\"\n}", JsonFormatErrorKind.WrongType, "$.formatVersion", ["integer", "formatVersion"] },
        { Agreement("  // a comment\n  \"transfers\": []"), JsonFormatErrorKind.CommentNotAllowed, "$", [] },
        { Agreement("  \"transfers\": [ ],\n"), JsonFormatErrorKind.TrailingComma, "$", [] },
        { Agreement("  \"transfers\": [ , ]"), JsonFormatErrorKind.Malformed, "$.transfers", ["U+002C"] },
        { "{\n  'formatVersion': 1\n}", JsonFormatErrorKind.Malformed, "$", ["U+0027"] },
        { Agreement("  \"security\": { \"commitment\": \"a\nb\" }"), JsonFormatErrorKind.Malformed, "$.security.commitment", ["U+000A", "string"] },
        { "{\n  \"formatVersion\": 1,\n  \"document\": {\n    \"status\": \"exec", JsonFormatErrorKind.Truncated, "$.document.status", [] },
        { Agreement("  \"transfers\": []") + "\n{ }", JsonFormatErrorKind.TrailingContent, "$", [] },
        { Agreement("  \"transfers\": " + new string('[', 70) + new string(']', 70)), JsonFormatErrorKind.TooDeep, "$.transfers" + string.Concat(Enumerable.Repeat("[0]", 63)), ["64"] },
        { Agreement("  \"security\": { \"commitment\": \"\\q\" }"), JsonFormatErrorKind.InvalidEscape, "$.security.commitment", [] },
        { Agreement("  \"security\": { \"commitment\": \"\\uD800\" }"), JsonFormatErrorKind.InvalidEscape, "$.security.commitment", [] },
        { Agreement("  \"security\": { \"commitment\": \"a\", \"commitment\": \"b\" }"), JsonFormatErrorKind.DuplicateProperty, "$.security.commitment", ["commitment"] },
        { Agreement("  \"document\": 1"), JsonFormatErrorKind.DuplicateProperty, "$.document", ["document"] },
        { "[]", JsonFormatErrorKind.NotAnObject, "$", [] },
        { " \n ", JsonFormatErrorKind.Empty, "$", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Error_CarriesItsKindAndArguments(string json, JsonFormatErrorKind kind, string path, string[] arguments) =>
        AssertKind(Fails(json), kind, path, arguments);

    [Fact]
    public void Reason_IsRenderedFromKindAndArguments()
    {
        Assert.Equal("Unknown property 'firewall'.", Fails(Agreement("  \"security\": { \"firewall\": true }")).Reason);
        Assert.Equal("The required properties 'document' and 'parties' are missing.", Fails("{ \"formatVersion\": 1 }").Reason);
        Assert.Equal("Not a valid date: February 2025 has no day 30.", Fails(Dated("2025-02-30")).Reason);
        Assert.Equal("The JSON is malformed: unexpected character '''.", Fails("{\n  'formatVersion': 1\n}").Reason);
        Assert.Equal("Unknown property 'vat': this object has only 'amount' and 'currency'.", Fails(Agreement("  \"liability\": { \"cap\": { \"maximum\": { \"amount\": 5, \"currency\": \"EUR\", \"vat\": 1 } } }")).Reason);
    }

    [Fact]
    public void ByteThatIsNotUtf8_OutsideAString_IsNamedAsAByte()
    {
        var json = Encoding.UTF8.GetBytes(Agreement("  \"transfers\": []"));
        var at = Array.IndexOf(json, (byte)'[');
        json[at] = 0xFF;

        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Load(json));

        AssertKind(ex, JsonFormatErrorKind.Malformed, "$.transfers", "0xFF");
        Assert.Equal("The JSON is malformed: unexpected byte 0xFF, which is not UTF-8.", ex.Reason);
    }

    [Fact]
    public void LimitsAndEncodings_AreKinds()
    {
        var title = Encoding.UTF8.GetBytes(Agreement("  \"security\": { \"commitment\": \"ab\" }"));
        title[Array.IndexOf(title, (byte)'b')] = 0xC3;
        AssertKind(Assert.Throws<AgreementFormatException>(() => AgreementJson.Load(title)), JsonFormatErrorKind.InvalidUtf8, "$.security.commitment");

        var huge = Encoding.UTF8.GetBytes(Agreement("  \"transfers\": []" + new string(' ', 16 * 1024 * 1024)));
        AssertKind(Assert.Throws<AgreementFormatException>(() => AgreementJson.Load(huge)), JsonFormatErrorKind.DocumentTooLarge, "$", "16");

        var longText = Agreement("  \"processing\": { \"subjectMatter\": \"" + new string('x', 1024 * 1024 + 1) + "\" }");
        AssertKind(Fails(longText), JsonFormatErrorKind.StringTooLong, "$.processing.subjectMatter", "1024");

        AssertKind(Fails(Agreement("  \"processing\": { \"subjectMatter\": \"a\uD800b\" }")), JsonFormatErrorKind.UnpairedSurrogate, "$.processing.subjectMatter");
    }

    [Fact]
    public void ConfigurationErrors_AreKindsToo()
    {
        var ruleId = Assert.Throws<ConfigurationFormatException>(() => ValidationConfigurationJson.Parse("{ \"severities\": { \"CA1062\": \"error\" } }"));
        Assert.Equal((JsonFormatErrorKind.InvalidPropertyName, "$.severities.CA1062"), (ruleId.Kind, ruleId.Path));
        Assert.Equal(["CA1062", "ruleId"], ruleId.Arguments);

        var culture = Assert.Throws<ConfigurationFormatException>(() => ValidationConfigurationJson.Parse("{ \"culture\": \"de\" }"));
        Assert.Equal((JsonFormatErrorKind.NotOneOf, "$.culture"), (culture.Kind, culture.Path));
        Assert.Equal(["en", "nl"], culture.Arguments);

        var unknown = Assert.Throws<ConfigurationFormatException>(() => ValidationConfigurationJson.Parse("{ \"severity\": {} }"));
        Assert.Equal((JsonFormatErrorKind.UnknownProperty, "$.severity"), (unknown.Kind, unknown.Path));

        var nullSuppression = Assert.Throws<ConfigurationFormatException>(() => ValidationConfigurationJson.Parse("{ \"suppressions\": [ null ] }"));
        Assert.Equal((JsonFormatErrorKind.NullNotAllowed, "$.suppressions[0]"), (nullSuppression.Kind, nullSuppression.Path));
    }

    [Fact]
    public void ExceptionMadeFromAReason_IsUnspecified_AndRaisingAgainWithAFileName_KeepsTheKind()
    {
        var plain = new AgreementFormatException("The file is empty.");
        Assert.Equal(JsonFormatErrorKind.Unspecified, plain.Kind);
        Assert.Empty(plain.Arguments);

        var read = Fails(Agreement("  \"security\": { \"firewall\": true }"));
        var named = new AgreementFormatException(read.Reason, read.Path, read.LineNumber, read.BytePositionInLine, "a.json", read);

        Assert.Equal((JsonFormatErrorKind.UnknownProperty, "a.json"), (named.Kind, named.FileName));
        Assert.Equal(read.Arguments, named.Arguments);
    }
}
