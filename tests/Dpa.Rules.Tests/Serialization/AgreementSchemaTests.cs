using System.Text.Encodings.Web;
using System.Text.Json;
using Dpa.Rules.Serialization;
using Dpa.Rules.Testing;
using FsCheck.Fluent;
using Json.Schema;

namespace Dpa.Rules.Tests.Serialization;

public sealed class AgreementSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRootAttribute.Value, "docs", "schema", "agreement.schema.json");

    private static string Exported() => AgreementJson.GetSchema().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>The committed schema is the exported one. To regenerate it: <c>DPA_UPDATE_SCHEMA=1 dotnet test ... --filter-class "*AgreementSchemaTests"</c>.</summary>
    [Fact]
    public void CommittedSchema_IsTheExportedSchema()
    {
        var exported = Exported();
        if (Environment.GetEnvironmentVariable("DPA_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, exported);
        }

        Assert.True(File.Exists(SchemaPath), $"{SchemaPath} is missing; run the tests with DPA_UPDATE_SCHEMA=1 to write it.");
        var committed = File.ReadAllText(SchemaPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(
            committed == exported,
            "docs/schema/agreement.schema.json is out of date with the model; run the tests with DPA_UPDATE_SCHEMA=1 to regenerate it and commit the result.");
    }

    [Fact]
    public void Schema_DescribesTheCustomEncodings()
    {
        var schema = AgreementJson.GetSchema();
        var document = schema["properties"]!["document"]!["properties"]!;
        var breach = schema["properties"]!["breach"]!["properties"]!;
        var defs = schema["$defs"]!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Contains("formatVersion", schema["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(1, (int?)schema["properties"]!["formatVersion"]!["const"]);
        Assert.Equal("#/$defs/localDate", (string?)document["dateSigned"]!["anyOf"]![0]!["$ref"]);
        Assert.Equal("date", (string?)defs["localDate"]!["format"]);
        Assert.Equal("#/$defs/textValue", (string?)document["title"]!["anyOf"]![0]!["$ref"]);
        Assert.Equal("placeholder", (string?)defs["textValue"]!["anyOf"]![1]!["required"]![0]);
        Assert.Equal("#/$defs/contractualPeriod", (string?)breach["deadline"]!["anyOf"]![0]!["$ref"]);
        Assert.Equal(AgreementSchema.PeriodPattern, (string?)defs["contractualPeriod"]!["pattern"]);
        Assert.Equal("^[A-Z]{2}$", (string?)defs["countryCode"]!["pattern"]);
        Assert.Equal("#/$defs/agreementStatus", (string?)document["status"]!["$ref"]);
        Assert.Equal(["template", "draft", "executed"], defs["agreementStatus"]!["enum"]!.AsArray().Select(n => (string)n!).ToArray());
        Assert.Equal(["contract", "eu-1182-71", "nl-atw"], defs["countingConvention"]!["enum"]!.AsArray().Select(n => (string)n!).ToArray());
    }

    [Fact]
    public void GeneratedAgreements_AreValidAgainstTheSchema()
    {
        var schema = JsonSchema.FromText(Exported());
        foreach (var agreement in AgreementGenerators.Agreement.Sample(25))
        {
            using var json = JsonDocument.Parse(AgreementJson.ToJson(agreement));

            var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Theory]
    [InlineData("\"deadline\": \"P1M2D\"")]
    [InlineData("\"deadline\": \"PT30M\"")]
    [InlineData("\"promptness\": \"soon\"")]
    [InlineData("\"firewall\": true")]
    public void SchemaRejects_WhatTheReaderRejects(string breachMember)
    {
        var schema = JsonSchema.FromText(Exported());
        var text = AgreementJsonTests.Minimal.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"breach\": { " + breachMember + " },", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);

        Assert.False(schema.Evaluate(json.RootElement).IsValid);
        Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(text));
    }
}
