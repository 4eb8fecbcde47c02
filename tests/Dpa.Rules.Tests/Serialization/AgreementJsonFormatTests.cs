using System.Text;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using NodaTime;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The value encodings of design §7, read and written.</summary>
public sealed class AgreementJsonFormatTests
{
    private static ProcessingAgreement WithProcessor(Party processor) => new()
    {
        Document = new AgreementDocument { Status = AgreementStatus.Template },
        Parties = new Parties { Processor = processor },
    };

    [Fact]
    public void Placeholder_StatedAndAbsent_AreThreeDifferentThings()
    {
        var agreement = AgreementJson.Parse("""
            {
              "formatVersion": 1,
              "document": { "status": "template" },
              "parties": {
                "processor": {
                  "name": { "placeholder": "[NAAM]" },
                  "registration": "KvK 12345678",
                  "address": { "placeholder": "" }
                }
              }
            }
            """);

        var processor = agreement.Parties.Processor;
        Assert.Equal(TextValue.Placeholder("[NAAM]"), processor.Name);
        Assert.True(processor.Name!.IsPlaceholder);
        Assert.Equal(TextValue.Stated("KvK 12345678"), processor.Registration);
        Assert.Equal(TextValue.Placeholder(string.Empty), processor.Address);
        Assert.Null(processor.Country);
        Assert.Null(processor.TradeName);
    }

    [Fact]
    public void Placeholder_IsWrittenAsAnObject_StatedAsAString_AbsentNotAtAll()
    {
        var json = AgreementJson.ToJson(WithProcessor(new Party { Name = TextValue.Placeholder("[NAAM]"), Registration = "KvK 1" }));

        Assert.Contains("\"name\": {\n        \"placeholder\": \"[NAAM]\"\n      }", json, StringComparison.Ordinal);
        Assert.Contains("\"registration\": \"KvK 1\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("tradeName", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeZone_DefaultsToAmsterdam_WhenAbsent_AndIsReadWhenGiven()
    {
        var absent = AgreementJson.Parse(AgreementJsonTests.Minimal);
        var given = AgreementJson.Parse(AgreementJsonTests.Minimal.Replace("\"executed\"", "\"executed\", \"timeZone\": \"America/New_York\"", StringComparison.Ordinal));

        Assert.Same(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"], absent.Document.TimeZone);
        Assert.Equal("America/New_York", given.Document.TimeZone.Id);
    }

    [Fact]
    public void ValueEncodings_AreWrittenAsDesignSection7Says()
    {
        var agreement = WithProcessor(new Party { Country = CountryCode.Netherlands }) with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Executed,
                DateSigned = new LocalDate(2025, 9, 4),
                CountingConvention = CountingConvention.Eu118271,
            },
            Breach = new BreachTerms { Deadline = ContractualPeriod.FromHours(24), Promptness = Promptness.WithoutUndueDelay },
            Liability = new LiabilityTerms { Cap = new LiabilityCap { Maximum = new Money(15000m, "EUR") } },
            EndOfProcessing = new EndOfProcessingTerms { Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(1), From = EndOfLifeTrigger.AgreementEnd } },
            Locations = new LocationTerms { PermittedOutsideWhen = [TransferCondition.StandardContractualClauses] },
        };

        var json = AgreementJson.ToJson(agreement);

        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"document\": {\n    \"status\": \"executed\",", json, StringComparison.Ordinal);
        Assert.Contains("\"dateSigned\": \"2025-09-04\"", json, StringComparison.Ordinal);
        Assert.Contains("\"countingConvention\": \"eu-1182-71\"", json, StringComparison.Ordinal);
        Assert.Contains("\"country\": \"NL\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deadline\": \"PT24H\"", json, StringComparison.Ordinal);
        Assert.Contains("\"promptness\": \"withoutUndueDelay\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maximum\": {\n        \"amount\": 15000,\n        \"currency\": \"EUR\"\n      }", json, StringComparison.Ordinal);
        Assert.Contains("\"deletion\": {\n      \"period\": \"P1M\",\n      \"from\": \"agreementEnd\"\n    }", json, StringComparison.Ordinal);
        Assert.Contains("\"permittedOutsideWhen\": [\n      \"standardContractualClauses\"\n    ]", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.Equal(agreement, AgreementJson.Parse(json));
    }

    [Fact]
    public void EmptyArraysAndEmptySections_AreOmitted_AndReadBackAsEmpty()
    {
        var agreement = WithProcessor(new Party()) with { Transfers = [], Security = new SecurityTerms() };

        var json = AgreementJson.ToJson(agreement);

        Assert.DoesNotContain("transfers", json, StringComparison.Ordinal);
        Assert.DoesNotContain("security", json, StringComparison.Ordinal);
        Assert.DoesNotContain("controllers", json, StringComparison.Ordinal);
        Assert.Equal(agreement, AgreementJson.Parse(json));
    }

    [Fact]
    public void ExplicitEmptyArrays_AndEmptySections_AreAccepted()
    {
        var agreement = AgreementJson.Parse(AgreementJsonTests.Minimal.Replace(
            "\"formatVersion\": 1,", "\"formatVersion\": 1, \"transfers\": [], \"security\": {}, \"processing\": { \"purposes\": [] },", StringComparison.Ordinal));

        Assert.True(agreement.Transfers.IsEmpty);
        Assert.Equal(new SecurityTerms(), agreement.Security);
        Assert.Equal(new ProcessingDescription(), agreement.Processing);
    }

    [Fact]
    public void Schema_IsAcceptedAndIgnored()
    {
        var withSchema = AgreementJson.Parse(AgreementJsonTests.Minimal.Replace(
            "{\n  \"formatVersion\"", "{\n  \"$schema\": \"../docs/schema/agreement.schema.json\",\n  \"formatVersion\"", StringComparison.Ordinal));

        Assert.Equal(AgreementJson.Parse(AgreementJsonTests.Minimal), withSchema);
        Assert.DoesNotContain("$schema", AgreementJson.ToJson(withSchema), StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AgreementJsonTests.Minimal)).ToArray();

        Assert.Equal(AgreementStatus.Executed, AgreementJson.Load(bytes).Document.Status);
    }

    [Fact]
    public void SaveFile_ThenLoadFile_RoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), "dpa-rules-" + Guid.NewGuid().ToString("N") + ".json");
        var agreement = WithProcessor(new Party { Name = "Verwerker B.V." });
        try
        {
            AgreementJson.SaveFile(agreement, path);

            Assert.Equal(agreement, AgreementJson.LoadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EveryModelEnum_HasAConverter()
    {
        var modelEnums = typeof(ProcessingAgreement).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(ProcessingAgreement).Namespace)
            .OrderBy(t => t.Name)
            .ToList();
        var converted = AgreementEnums.Converters.OfType<IEnumNames>().Select(c => c.EnumType).OrderBy(t => t.Name).ToList();

        Assert.Equal(modelEnums, converted);
    }
}
