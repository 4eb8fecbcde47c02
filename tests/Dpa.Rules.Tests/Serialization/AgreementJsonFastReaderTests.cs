using System.Text;
using System.Text.Json.Serialization.Metadata;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The one-pass reader reads what the diagnosing reader reads, builds the same model, and gives up on the rest.</summary>
public sealed class AgreementJsonFastReaderTests
{
    private const string Minimal = "{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{\"name\":\"P\"}}}";

    public static TheoryData<string> Examples => ExampleFilesTests.Files;

    private static ProcessingAgreement Diagnosing(string json) => AgreementJsonReader.ReadDiagnosing(Encoding.UTF8.GetBytes(json), null);

    private static ProcessingAgreement? Fast(string json) =>
        AgreementJsonFastReader.TryRead(Encoding.UTF8.GetBytes(json), out var agreement) ? agreement : null;

    [Fact]
    public void NameTables_ListEveryMemberOfTheFormat_InTheOrderTheyAreSaved()
    {
        var tables = AgreementJsonFastReader.NameTables.ToDictionary(t => t.Type, t => t.Names);
        foreach (var type in ObjectTypesOfTheFormat())
        {
            Assert.True(tables.TryGetValue(type, out var names), $"The fast reader has no name table for {type.Name}.");
            var expected = AgreementJsonOptions.Writing.GetTypeInfo(type).Properties.Select(p => p.Name).ToList();
            if (type == typeof(ProcessingAgreement))
            {
                // The root also accepts "$schema", which the model does not keep.
                expected.Insert(1, "$schema");
            }

            Assert.Equal(expected, names);
        }

        Assert.Equal(ObjectTypesOfTheFormat().Count + 1, tables.Count); // and Money, which has a converter of its own
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsReadInOnePass_AsTheDiagnosingReaderReadsIt(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var fast = Fast(json);

        Assert.NotNull(fast);
        Assert.Equal(Diagnosing(json), fast);
    }

    [Fact]
    public void MembersInAnyOrder_AreReadInOnePass()
    {
        var json = "{\"parties\":{\"processor\":{\"country\":\"NL\",\"name\":\"P\"}},\"document\":{\"title\":\"T\",\"status\":\"draft\"},\"formatVersion\":1}";

        var fast = Fast(json);

        Assert.NotNull(fast);
        Assert.Equal(TextValue.Stated("P"), fast.Parties.Processor.Name);
        Assert.Equal(CountryCode.Parse("NL"), fast.Parties.Processor.Country);
        Assert.Equal(Diagnosing(json), fast);
    }

    [Theory]
    [InlineData("{\"formatVersion\":1,\"document\":{\"\\u0073tatus\":\"draft\"},\"parties\":{\"processor\":{}}}")] // escaped name
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"title\":null},\"parties\":{\"processor\":{}}}")] // null
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{\"name\":null}}}")]
    public void UnusualButValidDocuments_AreLeftToTheDiagnosingReader_WhichReadsThem(string json)
    {
        Assert.Null(Fast(json));

        var loaded = AgreementJson.Parse(json);

        Assert.Equal(AgreementStatus.Draft, loaded.Document.Status);
        Assert.Equal(Diagnosing(json), loaded);
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
    [InlineData("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"firewall\":true}")]
    public void InvalidDocuments_AreNeverAccepted(string json)
    {
        Assert.Null(Fast(json));
        Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(json));
    }

    [Fact]
    public void InvalidUtf8_InAnIgnoredSchemaAddress_IsNotAccepted()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal.Replace("{\"formatVersion\":1,", "{\"formatVersion\":1,\"$schema\":\"ab\",", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'b')] = 0xFF;

        Assert.False(AgreementJsonFastReader.TryRead(bytes, out _));
        Assert.Throws<AgreementFormatException>(() => AgreementJson.Load(bytes));
    }

    [Fact]
    public void StringsOverTheLimit_AreNotAccepted()
    {
        var json = Minimal.Replace("\"name\":\"P\"", "\"name\":\"" + new string('x', AgreementJsonOptions.MaxStringBytes + 1) + "\"", StringComparison.Ordinal);

        Assert.Null(Fast(json));
        Assert.Contains("longer than the limit", Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(json)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ArraysLongerThanTheKeptBuffer_AreReadWhole()
    {
        var purposes = Enumerable.Range(0, 1000).Select(i => TextValue.Stated("purpose " + i)).ToArray();
        var agreement = new ProcessingAgreement
        {
            Document = new AgreementDocument { Status = AgreementStatus.Draft },
            Parties = new Parties { Processor = new Party() },
            Processing = new ProcessingDescription { Purposes = [.. purposes] },
        };

        var fast = Fast(AgreementJson.ToJson(agreement));

        Assert.NotNull(fast);
        Assert.Equal(purposes, fast.Processing.Purposes);
        Assert.Equal(agreement, fast);
    }

    private static List<Type> ObjectTypesOfTheFormat()
    {
        var found = new List<Type>();
        var queue = new Queue<Type>([typeof(ProcessingAgreement)]);
        while (queue.TryDequeue(out var type))
        {
            var info = AgreementJsonOptions.Writing.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object || found.Contains(type))
            {
                continue;
            }

            found.Add(type);
            foreach (var property in info.Properties)
            {
                var member = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                queue.Enqueue(member.IsGenericType ? member.GetGenericArguments()[0] : member);
            }
        }

        return found;
    }
}
