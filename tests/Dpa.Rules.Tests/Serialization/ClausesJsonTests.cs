using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The <c>clauses</c> of an object: strict like every other member, written back as read.</summary>
public sealed class ClausesJsonTests
{
    private static string Agreement(string breach) =>
        "{\n  \"formatVersion\": 1,\n  \"document\": { \"status\": \"executed\" },\n  \"parties\": { \"processor\": { \"name\": \"P\" } },\n"
        + "  \"breach\": " + breach + "\n}";

    [Fact]
    public void Clauses_RoundTrip()
    {
        var agreement = AgreementJson.Parse(Agreement("{ \"clauses\": { \"deadline\": [\"7.1\"], \"*\": [\"7\"] }, \"deadline\": \"PT24H\" }"));

        Assert.Equal(["7.1"], agreement.Breach.Clauses.For("deadline"));
        Assert.Equal(["7"], agreement.Breach.Clauses.Whole);
        Assert.Equal(agreement, AgreementJson.Parse(AgreementJson.ToJson(agreement)));
        Assert.Contains("\"clauses\": {\n      \"deadline\": [\n        \"7.1\"", AgreementJson.ToJson(agreement), StringComparison.Ordinal);
    }

    [Fact]
    public void EscapedMemberNames_AndManyClauses_AreReadAsWritten()
    {
        // JSON allows escapes in property names ("\u0064" is 'd'); twelve clauses are more than the reader's first buffer holds.
        var clauses = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"\"7.{i}\""));
        var agreement = AgreementJson.Parse(Agreement(
            "{ \"clauses\": { \"\\u0064eadline\": [" + clauses + "], \"*\": [\"7\"], \"promptness\": [\"7.2\"], \"trigger\": [\"7.3\"] }, \"deadline\": \"PT24H\" }"));

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"7.{i}"), agreement.Breach.Clauses.For("deadline"));
        Assert.Equal(["7.2"], agreement.Breach.Clauses.For("promptness"));
        Assert.Equal(["7.3"], agreement.Breach.Clauses.For("trigger"));
        Assert.Equal(["7"], agreement.Breach.Clauses.Whole);
    }

    [Fact]
    public void NoClauses_AreLeftOut()
    {
        var json = AgreementJson.ToJson(AgreementJson.Parse(Agreement("{ \"deadline\": \"PT24H\" }")));

        Assert.DoesNotContain("clauses", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"clauses\": { \"deadlines\": [\"7.1\"] } }", "$.breach.clauses.deadlines", JsonFormatErrorKind.UnknownProperty)]
    [InlineData("{ \"clauses\": { \"deadline\": [] } }", "$.breach.clauses.deadline", JsonFormatErrorKind.InvalidValue)]
    [InlineData("{ \"clauses\": { \"deadline\": [\" \"] } }", "$.breach.clauses.deadline[0]", JsonFormatErrorKind.InvalidValue)]
    [InlineData("{ \"clauses\": { \"deadline\": \"7.1\" } }", "$.breach.clauses.deadline", JsonFormatErrorKind.WrongType)]
    [InlineData("{ \"clauses\": [\"7.1\"] }", "$.breach.clauses", JsonFormatErrorKind.WrongType)]
    [InlineData("{ \"clauses\": { \"deadline\": [\"7.1\"], \"deadline\": [\"7.2\"] } }", "$.breach.clauses", JsonFormatErrorKind.DuplicateProperty)]
    public void BadClauses_AreTypedErrorsAtTheirPath(string breach, string path, JsonFormatErrorKind kind)
    {
        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(Agreement(breach)));

        Assert.Equal(kind, ex.Kind);
        Assert.StartsWith(path, ex.Path, StringComparison.Ordinal);
        Assert.Equal(5, ex.LineNumber);
    }

    [Fact]
    public void Schema_ListsTheMembersAnObjectMayCite()
    {
        var breach = AgreementJson.GetSchema()["properties"]!["breach"]!["properties"]!["clauses"]!;
        var names = breach["propertyNames"]!["enum"]!.AsArray().Select(n => (string?)n).ToList();

        Assert.Contains("*", names);
        Assert.Contains("deadline", names);
        Assert.DoesNotContain("clauses", names);
    }
}
