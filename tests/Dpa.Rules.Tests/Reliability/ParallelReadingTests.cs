using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>Reading on many threads at once gives what reading one at a time gives: the same agreement, or the same error.</summary>
public sealed class ParallelReadingTests
{
    private static string Outcome(byte[] bytes)
    {
        try
        {
            return AgreementJson.ToJson(AgreementJson.Load(bytes));
        }
        catch (AgreementFormatException ex)
        {
            return "error: " + ex.Message;
        }
    }

    [Fact]
    public void ExamplesAndCorpus_ReadInParallel_GiveTheSequentialOutcome()
    {
        var inputs = Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json")
            .Concat(Directory.GetFiles(MalformedCorpus.Directory, "*.json").Where(file => !file.EndsWith("manifest.json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        var expected = inputs.Select(Outcome).ToArray();
        var actual = new string[inputs.Length * 8];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Outcome(inputs[i % inputs.Length]));

        Assert.Equal(5, expected.Count(outcome => !outcome.StartsWith("error: ", StringComparison.Ordinal)));
        Assert.All(Enumerable.Range(0, actual.Length), i => Assert.Equal(expected[i % inputs.Length], actual[i]));
    }
}
