using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Benchmarks;

/// <summary>The example agreements of <c>examples/</c>, which the benchmarks use as realistic input.</summary>
internal static class Examples
{
    public static readonly string[] Names =
    [
        "000-planning-nl", "001-smart-production", "002-simplicate", "003-analyst-template", "004-lets-develop",
    ];

    public static string PathOf(string name) => Path.Combine(RepositoryRootAttribute.Value, "examples", name + ".json");

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static ProcessingAgreement Load(string name) => AgreementJson.LoadFile(PathOf(name));
}
