using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>Random command lines — every command, known and misspelt options, values at and past their limits, special and
/// missing files, <c>-</c> and <c>--</c> — must each end with exit code 0, 1 or 2 and, for 2, a message on standard error;
/// never with an unhandled exception (which System.CommandLine would print and turn into exit code 1).</summary>
/// <remarks><para>The seed is random per run and printed on failure; <c>DPA_FUZZ_SEED</c> replays it.</para></remarks>
public sealed class CommandLineFuzzTests
{
    private const int Cases = 400;

    private static readonly string[] Commands = ["validate", "schedule", "breach", "deadline", "rules", "explain", "init", "valdate", ""];

    private static readonly string[] Options =
    [
        "--format", "--output", "--as-of", "--culture", "--config", "--exclude", "--ended-on", "--aware-at", "--from", "--period",
        "--convention", "--zone", "--asof", "--fromat", "-x", "--", "-", "-h", "--version",
    ];

    private static readonly string[] Values =
    [
        "2025-11-01", "0001-01-01", "9999-12-31", "0000-01-01", "-9998-01-01", "10000-01-01", "2025-02-29", "2025-13-01",
        "2025-10-24T16:00", "2025-10-26T02:30", "2025-03-30T02:30", "9999-12-31T23:59", "9999-12-31T23:00-12:00", "0001-01-01T00:00+14:00",
        "2025-01-01T24:00", "2025-06-01T10:00:60Z", "2025-06-01T10:00+19:00", "1971-06-01", "P1M", "PT72H", "P0D", "PT876600H", "P1M2D", "P-1D",
        "json", "text", "sarif", "mermaid", "markdown", "nl", "en", "de", "contract", "eu-1182-71", "nl-atw", "Africa/Monrovia", "Mars/Base",
        "DPA4004", "DPA9999", "dpa4004", "", " ", "\u202E", "é", "*.json", "**", "/dev/null", "/dev/zero", "/nonexistent/x.json",
    ];

    [Fact]
    public void RandomCommandLines_EndWithExitCode0Or1Or2_AndAMessage_NeverACrash()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DPA_FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var random = new Random(seed);
        using var temp = new TempDirectory();

        // Copies of the examples: a random --output may name any of these files, and must never overwrite the repository's.
        Directory.CreateDirectory(Path.Combine(temp.Path, "examples"));
        var simplicate = temp.Write("examples/002-simplicate.json", File.ReadAllText(Example("002-simplicate.json")));
        var planning = temp.Write("examples/000-planning-nl.json", File.ReadAllText(Example("000-planning-nl.json")));
        string[] files =
        [
            simplicate, planning, Path.Combine(temp.Path, "examples"), Path.Combine(temp.Path, "examples", "*.json"),
            temp.Write("bad.json", "{ \"formatVersion\": 1,"), Path.Combine(temp.Path, "out.json"), temp.Path, "-",
        ];
        for (var i = 0; i < Cases; i++)
        {
            var args = new List<string>();
            if (Commands[random.Next(Commands.Length)] is { Length: > 0 } command)
            {
                args.Add(command);
            }

            for (var n = random.Next(0, 7); n > 0; n--)
            {
                args.Add(random.Next(3) switch
                {
                    0 => Options[random.Next(Options.Length)],
                    1 => files[random.Next(files.Length)],
                    _ => Values[random.Next(Values.Length)],
                });
            }

            var (code, output, error) = RunWithInput(File.ReadAllBytes(files[0]), [.. args]);

            var context = $"Seed {seed} (DPA_FUZZ_SEED={seed} replays), case {i}: dpa-rules {string.Join(' ', args.Select(a => $"'{a}'"))}: exit {code}\n{error}";
            Assert.True(code is 0 or 1 or 2, context);
            Assert.False(error.Contains("Unhandled exception", StringComparison.Ordinal), context);
            Assert.False(error.Contains("   at ", StringComparison.Ordinal), context);
            Assert.True(code != 2 || error.Length > 0, context);
            Assert.True(code != 1 || output.Length > 0 || args.Contains("--output"), context);
        }
    }
}
