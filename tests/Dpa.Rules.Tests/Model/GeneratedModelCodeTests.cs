namespace Dpa.Rules.Tests.Model;

/// <summary>The code derived from the agreement format is up to date with the model.</summary>
public sealed class GeneratedModelCodeTests
{
    public static TheoryData<string> Files =>
        [
            "src/Dpa.Rules/Model/AgreementPaths.g.cs",
            "src/Dpa.Rules/Model/AgreementNavigator.g.cs",
            "src/Dpa.Rules/Catalog/Contract/PlaceholderWalker.g.cs",
            "src/Dpa.Rules/Serialization/ModelAccessors.g.cs",
        ];

    /// <summary>The committed file is what <see cref="ModelCodeGenerator"/> writes. To regenerate:
    /// <c>DPA_UPDATE_GENERATED=1 dotnet test ... --filter-class "*GeneratedModelCodeTests"</c>, then build again.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void CommittedFile_IsTheGeneratedCode(string file)
    {
        var generated = Path.GetFileName(file) switch
        {
            "AgreementPaths.g.cs" => ModelCodeGenerator.Paths(),
            "AgreementNavigator.g.cs" => ModelCodeGenerator.Navigator(),
            "ModelAccessors.g.cs" => ModelCodeGenerator.Accessors(),
            _ => ModelCodeGenerator.Walker(),
        };
        var path = Path.Combine(RepositoryRootAttribute.Value, file);
        if (Environment.GetEnvironmentVariable("DPA_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{file} is missing; run the tests with DPA_UPDATE_GENERATED=1 to write it.");
        Assert.True(
            File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) == generated,
            $"{file} is out of date with the model; run the tests with DPA_UPDATE_GENERATED=1, build again and commit the result.");
    }
}
