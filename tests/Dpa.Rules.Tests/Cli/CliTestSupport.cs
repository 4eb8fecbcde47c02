using Dpa.Rules.Cli;

namespace Dpa.Rules.Tests.Cli;

/// <summary>Runs the command line in-process and captures its output.</summary>
internal static class CliTestSupport
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DpaRulesCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string Example(string name) => Path.Combine(RepositoryRootAttribute.Value, "examples", name);

    /// <summary>A fresh directory under the system's temporary directory, deleted on dispose.</summary>
    public sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dpa-rules-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string name, string content)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
