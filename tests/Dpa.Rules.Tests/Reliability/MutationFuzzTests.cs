using System.Text;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>Thousands of random mutants of the examples: each is a valid agreement that round-trips and validates without a
/// rule failure, or an <see cref="AgreementFormatException"/> with a path and line — never any other exception; every 25th
/// goes through the text, JSON and SARIF report writers.</summary>
/// <remarks><para>The seed is random per run unless <c>DPA_FUZZ_SEED</c> is set; a failure prints it, and the same seed replays
/// the same mutants.</para></remarks>
public sealed class MutationFuzzTests
{
    private const int Mutants = 4000;

    private static readonly byte[][] Examples =
        [.. Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e999", "1.5", "\"x\"", "\\", "\\u0000", "\\uD800",
            "\"P1M2D\"", "\"PT24H\"", "\"P-1D\"", "\"2025-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "{\"placeholder\":\"\"}", "[]", "{}",
            "\"Europe/Amsterdam\"", "\"Pacific/Chatham\"", "\"nl\"", "\"eu-1182-71\"", "\"executed\"", "\"template\"", "\n", " ", "\"$schema\"",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x00],
    ];

    [Fact]
    public void RandomMutants_AreValidOrATypedError()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DPA_FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var random = new Random(seed);
        var validator = Validator(RuleSet.Default);
        int valid = 0, invalid = 0;
        for (var i = 0; i < Mutants; i++)
        {
            var mutant = Mutate(random, Examples[random.Next(Examples.Length)]);
            try
            {
                var agreement = AgreementJson.Load(mutant);
                valid++;
                Assert.Equal(agreement, AgreementJson.Parse(AgreementJson.ToJson(agreement)));
                var report = validator.Validate(agreement);
                Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == "DPA0001");
                var lines = AgreementLineIndex.Create(mutant);
                if (i % 25 == 0)
                {
                    WriteReports(AgreementResult.Validated($"mutant-{i}.json", agreement, report, lines), report.Rules);
                }
            }
            catch (AgreementFormatException ex)
            {
                invalid++;
                if (i % 25 == 0)
                {
                    WriteReports(AgreementResult.LoadFailed($"mutant-{i}.json", ex), RuleSet.Default.Rules.Select(rule => rule.Descriptor));
                }

                Assert.True(
                    ex.Path.StartsWith('$') && ex.LineNumber >= 1 && ex.Reason.Length > 0 && ex.Message.Contains(ex.Path, StringComparison.Ordinal),
                    $"Seed {seed}, mutant {i}: an error without a path or line: {ex.Message}");
            }
#pragma warning disable CA1031 // Anything else is the bug this test looks for: report it with what replays it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Assert.Fail($"Seed {seed} (set DPA_FUZZ_SEED={seed} to replay), mutant {i}: {ex}\nMutant (base64): {Convert.ToBase64String(mutant)}");
            }
        }

        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        Assert.True(valid > 0 && invalid > 0, $"Seed {seed}: {valid} valid and {invalid} invalid mutants.");
    }

    [Fact]
    public void RandomMutantsOfTheConfiguration_AreOptionsOrATypedError()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DPA_FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var random = new Random(seed);
        var source = File.ReadAllBytes(Path.Combine(RepositoryRootAttribute.Value, "examples", "config", "dpa-rules.config.json"));
        var validator = Validator(RuleSet.Default);
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", "002-simplicate.json"));
        int valid = 0, invalid = 0;
        for (var i = 0; i < Mutants / 4; i++)
        {
            var mutant = Mutate(random, source);
            try
            {
                var options = ValidationConfigurationJson.Load(mutant);
                valid++;
                // Whatever a configuration says, validating with it reports no rule failure.
                Assert.DoesNotContain(validator.Validate(agreement, options).Findings, finding => finding.RuleId.ToString() == "DPA0001");
            }
            catch (ConfigurationFormatException ex)
            {
                invalid++;
                Assert.True(
                    ex.Path.StartsWith('$') && ex.LineNumber >= 1 && ex.Reason.Length > 0,
                    $"Seed {seed}, mutant {i}: an error without a path or line: {ex.Message}");
            }
#pragma warning disable CA1031 // Anything else is the bug this test looks for: report it with what replays it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Assert.Fail($"Seed {seed} (set DPA_FUZZ_SEED={seed} to replay), configuration mutant {i}: {ex}\nMutant (base64): {Convert.ToBase64String(mutant)}");
            }
        }

        Assert.True(valid > 0 && invalid > 0, $"Seed {seed}: {valid} valid and {invalid} invalid mutants.");
    }

    /// <summary>Every report format renders the result: reports are written for what loaded and for what did not.</summary>
    private static void WriteReports(AgreementResult result, IEnumerable<Dpa.Rules.Authoring.RuleDescriptor> rules)
    {
        var run = new ValidationRun([result], rules, new NodaTime.LocalDate(2026, 11, 25));
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Assert.NotEmpty(ReportWriter.Format(run, format, null));
        }
    }

    internal static byte[] Mutate(Random random, byte[] source)
    {
        var bytes = new List<byte>(source);
        var count = random.Next(1, 4);
        for (var m = 0; m < count && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 24), bytes.Count - at));
                    break;
                case 1:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    // Duplicate a line: repeats a member, or breaks the syntax.
                    var start = bytes.LastIndexOf((byte)'\n', at) + 1;
                    var end = bytes.IndexOf((byte)'\n', at);
                    if (end > start)
                    {
                        bytes.InsertRange(end + 1, bytes.GetRange(start, end - start + 1));
                    }

                    break;
                case 4:
                    // Replace a value: from just after a colon up to the next comma or line end.
                    var colon = bytes.IndexOf((byte)':', at);
                    var stop = colon < 0 ? -1 : bytes.FindIndex(colon, b => b is (byte)',' or (byte)'\n');
                    if (stop > colon)
                    {
                        bytes.RemoveRange(colon + 1, stop - colon - 1);
                        bytes.InsertRange(colon + 1, Tokens[random.Next(Tokens.Length)]);
                    }

                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // Swap an ASCII letter's case: enum names, zone ids and property names.
                    if (char.IsAsciiLetter((char)bytes[at]))
                    {
                        bytes[at] ^= 0x20;
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
