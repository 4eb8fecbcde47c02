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

    /// <summary>Runs the command line with <paramref name="input"/> as standard input (for <c>-</c>).</summary>
    public static (int ExitCode, string Output, string Error) RunWithInput(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DpaRulesCommand.Run(args, new CommandContext(output, error, () => new MemoryStream(input, writable: false)));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built tool as a process (<c>dotnet dpa-rules.dll</c>), with extra environment variables and standard
    /// input; for what only a process shows: its runtime configuration, pipes, the console.</summary>
    public static (int ExitCode, string Output, string Error) RunProcess(IReadOnlyDictionary<string, string>? environment, byte[]? input, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRootAttribute.Value,
        };
        info.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "dpa-rules.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool stopped reading (at its size limit) and closed the pipe: what it read is what the test checks.
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
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
