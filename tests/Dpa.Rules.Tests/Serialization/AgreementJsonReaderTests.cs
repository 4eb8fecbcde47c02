using System.Text;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The one reader: the serializer reads what the diagnosing walker accepts, into the same model, and nothing else;
/// sections left out are the empty sections.</summary>
public sealed class AgreementJsonReaderTests
{
    private const string Minimal = "{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{\"name\":\"P\"}}}";

    public static TheoryData<string> Examples => ExampleFilesTests.Files;

    private static ProcessingAgreement? Diagnosed(string json, out JsonFormatError? error)
    {
        error = AgreementJsonReader.Diagnose(Encoding.UTF8.GetBytes(json), out var agreement);
        return agreement;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsRead_AsTheDiagnoserReadsIt(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var loaded = AgreementJson.Parse(json);

        Assert.Equal(loaded, Diagnosed(json, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void OmittedSections_AreTheEmptySections_AndTheZoneIsTheDefault()
    {
        var agreement = AgreementJson.Parse(Minimal);

        Assert.Equal(new ProcessingDescription(), agreement.Processing);
        Assert.Equal(new SensitiveDataTerms(), agreement.Processing.SensitiveData);
        Assert.Equal(new InstructionTerms(), agreement.Instructions);
        Assert.Equal(new AssistanceTerms(), agreement.Assistance);
        Assert.Equal(new SubProcessingTerms(), agreement.SubProcessing);
        Assert.Equal(new LocationTerms(), agreement.Locations);
        Assert.Equal(new SecurityTerms(), agreement.Security);
        Assert.Equal(new BreachTerms(), agreement.Breach);
        Assert.Equal(new AuditTerms(), agreement.Audits);
        Assert.Equal(new LiabilityTerms(), agreement.Liability);
        Assert.Equal(new EndOfProcessingTerms(), agreement.EndOfProcessing);
        Assert.Equal(new BackupTerms(), agreement.EndOfProcessing.Backups);
        Assert.Equal(new AmendmentTerms(), agreement.Amendments);
        Assert.Same(AgreementDocument.DefaultTimeZone, agreement.Document.TimeZone);
        Assert.True(agreement.Transfers.IsEmpty);
    }

    [Fact]
    public void OmittedNestedSections_AreEmpty_WhereTheirParentIsStated()
    {
        var agreement = AgreementJson.Parse(Minimal.Replace(
            "}}}",
            "}},\"processing\":{\"subjectMatter\":\"S\"},\"endOfProcessing\":{\"copiesDeleted\":true}}",
            StringComparison.Ordinal));

        Assert.Equal(TextValue.Stated("S"), agreement.Processing.SubjectMatter);
        Assert.Equal(new SensitiveDataTerms(), agreement.Processing.SensitiveData);
        Assert.True(agreement.EndOfProcessing.CopiesDeleted);
        Assert.Equal(new BackupTerms(), agreement.EndOfProcessing.Backups);
    }

    [Theory]
    [InlineData("processing", "null")]
    [InlineData("security", "null")]
    public void ExplicitNullSection_IsRejected_NotTakenAsEmpty(string section, string value)
    {
        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(Minimal[..^1] + ",\"" + section + "\":" + value + "}"));

        Assert.Equal(("$." + section, JsonFormatErrorKind.NullInsteadOfOmitted), (ex.Path, ex.Kind));
        Assert.Equal(section, Assert.Single(ex.Arguments));
    }

    [Fact]
    public void MembersInAnyOrder_AreRead()
    {
        var json = "{\"parties\":{\"processor\":{\"country\":\"NL\",\"name\":\"P\"}},\"document\":{\"title\":\"T\",\"status\":\"draft\"},\"formatVersion\":1}";

        var loaded = AgreementJson.Parse(json);

        Assert.Equal(TextValue.Stated("P"), loaded.Parties.Processor.Name);
        Assert.Equal(CountryCode.Parse("NL"), loaded.Parties.Processor.Country);
        Assert.Equal(loaded, Diagnosed(json, out _));
    }

    [Theory]
    [InlineData("{\"formatVersion\":1,\"document\":{\"\\u0073tatus\":\"draft\"},\"parties\":{\"processor\":{}}}")] // escaped name
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"title\":null},\"parties\":{\"processor\":{}}}")] // null
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{\"name\":null}}}")]
    [InlineData("{\"$schema\":\"https://example.com/agreement.schema.json\",\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"\\u0064raft\",\"dateSigned\":\"2024-02-29\"},\"parties\":{\"processor\":{}}}")]
    public void UnusualButValidDocuments_AreRead_AsTheDiagnoserReadsThem(string json)
    {
        var loaded = AgreementJson.Parse(json);

        Assert.Equal(AgreementStatus.Draft, loaded.Document.Status);
        Assert.Equal(loaded, Diagnosed(json, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"status\":\"executed\"},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"formatVersion\":1,\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"formatVersion\":2,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}}} {}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\",},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{\"name\":\" \"}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"title\":{\"placeholder\":\"a\",\"placeholder\":\"b\"}},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"liability\":{\"cap\":{\"maximum\":{\"amount\":1,\"amount\":2,\"currency\":\"EUR\"}}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"processing\":{\"purposes\":[\"a\",null]}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"endOfProcessing\":{\"backups\":{\"tiers\":[{\"frequency\":\"daily\",\"count\":-1}]}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"$schema\":5}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"$schema\":null}")]
    [InlineData("{\"$schema\":\"a\",\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"$schema\":\"b\"}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"firewall\":true}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"dateSigned\":\"2025-02-29\"},\"parties\":{\"processor\":{}}}")]
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"transfers\":null}")]
    public void InvalidDocuments_AreNeverAccepted_AndTheDiagnoserSaysWhy(string json)
    {
        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(json));

        Assert.Null(Diagnosed(json, out var error));
        Assert.Equal((error!.Kind, error.Path, error.LineNumber, error.BytePositionInLine), (ex.Kind, ex.Path, ex.LineNumber, ex.BytePositionInLine));
        Assert.Equal(error.Arguments, ex.Arguments);
    }

    [Fact]
    public void InvalidUtf8_InAnIgnoredSchemaAddress_IsNotAccepted()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal.Replace("{\"formatVersion\":1,", "{\"formatVersion\":1,\"$schema\":\"ab\",", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'b')] = 0xFF;

        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Load(bytes));

        Assert.Equal(("$['$schema']", JsonFormatErrorKind.InvalidUtf8), (ex.Path, ex.Kind));
    }

    [Theory]
    [InlineData("\"name\":\"P\"", "\"name\":\"{0}\"", "$.parties.processor.name")]
    [InlineData("\"name\":\"P\"", "\"name\":{{\"placeholder\":\"{0}\"}}", "$.parties.processor.name.placeholder")]
    [InlineData("{\"formatVersion\":1,", "{{\"formatVersion\":1,\"$schema\":\"{0}\",", "$['$schema']")]
    public void StringsOverTheLimit_AreNotAccepted_WhereverTheSerializerKeepsThem(string member, string replacement, string path)
    {
        var json = Minimal.Replace(member, string.Format(System.Globalization.CultureInfo.InvariantCulture, replacement, new string('x', AgreementJsonOptions.MaxStringBytes + 1)), StringComparison.Ordinal);

        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(json));

        Assert.Equal((path, JsonFormatErrorKind.StringTooLong), (ex.Path, ex.Kind));
        Assert.Contains("longer than the limit", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_NeverWritesTheSchemaAddress()
    {
        var agreement = AgreementJson.Parse(Minimal[..^1] + ",\"$schema\":\"https://example.com/s.json\"}");

        Assert.DoesNotContain("$schema", AgreementJson.ToJson(agreement), StringComparison.Ordinal);
    }

    [Fact]
    public void ArraysOfAThousandElements_AreReadWhole()
    {
        var purposes = Enumerable.Range(0, 1000).Select(i => TextValue.Stated("purpose " + i)).ToArray();
        var agreement = new ProcessingAgreement
        {
            Document = new AgreementDocument { Status = AgreementStatus.Draft },
            Parties = new Parties { Processor = new Party() },
            Processing = new ProcessingDescription { Purposes = [.. purposes] },
        };

        var loaded = AgreementJson.Parse(AgreementJson.ToJson(agreement));

        Assert.Equal(purposes, loaded.Processing.Purposes);
        Assert.Equal(agreement, loaded);
    }
}
