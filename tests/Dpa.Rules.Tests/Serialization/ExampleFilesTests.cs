using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>Every file in <c>examples/</c>, including ones added later, loads, round-trips and saves stably.</summary>
public sealed class ExampleFilesTests
{
    public static TheoryData<string> Files =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void ThereAreExamples() => Assert.NotEmpty(Files);

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_Loads_RoundTrips_AndSavesStably(string file)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var saved = AgreementJson.ToJson(agreement);
        var reloaded = AgreementJson.Parse(saved);

        Assert.Equal(agreement, reloaded);
        Assert.Equal(saved, AgreementJson.ToJson(reloaded));
    }
}
