namespace Dpa.Rules.Tests;

/// <summary>The repository root at build time, so tests find examples and docs without <c>[CallerFilePath]</c> (which is <c>/_/</c> under CI builds).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;

    public static string Value =>
        typeof(RepositoryRootAttribute).Assembly.GetCustomAttributes(typeof(RepositoryRootAttribute), false)
            .Cast<RepositoryRootAttribute>().Single().Path;
}
