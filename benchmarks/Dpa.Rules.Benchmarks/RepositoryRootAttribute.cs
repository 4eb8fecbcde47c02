namespace Dpa.Rules.Benchmarks;

/// <summary>The repository root at build time, so that benchmarks find the example agreements from BenchmarkDotNet's generated projects too.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class RepositoryRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;

    public static string Value =>
        typeof(RepositoryRootAttribute).Assembly.GetCustomAttributes(typeof(RepositoryRootAttribute), false)
            .Cast<RepositoryRootAttribute>().Single().Path;
}
