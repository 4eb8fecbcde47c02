using Dpa.Rules.Model;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Benchmarks.Comparison;

/// <summary>Checks that the three implementations of the subset agree finding by finding (rule id and path) on an agreement.</summary>
/// <remarks><para>A comparison of speed is only fair between implementations that check the same conditions; the guard
/// runs before every benchmark run (<c>Program</c>) and in the comparison's global setup, and fails loudly.</para></remarks>
internal static class ThreeWayGuard
{
    public static int Check(string name, ProcessingAgreement agreement, AgreementValidator library, FluentAgreementValidator fluent)
    {
        var report = library.Validate(agreement);
        var fromLibrary = report.Findings.Concat(report.SuppressedFindings).Select(f => f.RuleId + " " + f.Path);
        var fromFluent = fluent.Validate(agreement).Errors.Select(e => e.ErrorCode + " " + e.PropertyName);
        var fromHand = HandWrittenChecks.Check(agreement).Select(f => f.RuleId + " " + f.Path);

        var expected = Sorted(fromLibrary);
        var fluentList = Sorted(fromFluent);
        var handList = Sorted(fromHand);
        if (!expected.SequenceEqual(fluentList, StringComparer.Ordinal) || !expected.SequenceEqual(handList, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"The three implementations disagree on {name}:{Environment.NewLine}" +
                $"Dpa.Rules ({expected.Length}): {string.Join(", ", expected)}{Environment.NewLine}" +
                $"FluentValidation ({fluentList.Length}): {string.Join(", ", fluentList)}{Environment.NewLine}" +
                $"hand-written ({handList.Length}): {string.Join(", ", handList)}");
        }

        return expected.Length;
    }

    private static string[] Sorted(IEnumerable<string> items) => [.. items.Order(StringComparer.Ordinal)];
}
