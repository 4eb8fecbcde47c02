using System.Runtime.InteropServices;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Validation;

/// <summary>Turns the findings of a validation into its report: suppressions applied, findings in their deterministic order.</summary>
internal static class ReportBuilder
{
    /// <summary>Creates the report of <paramref name="findings"/>; the list is reused by the engine afterwards.</summary>
    public static ValidationReport Create(ValidationPlan plan, List<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return plan.CleanReport;
        }

        var suppressions = plan.ActiveSuppressions;
        var suppressedCount = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            if (FindSuppression(suppressions, findings[i]) is { } suppression)
            {
                findings[i] = findings[i].WithSuppression(suppression);
                suppressedCount++;
            }
        }

        var active = new Finding[findings.Count - suppressedCount];
        var suppressed = suppressedCount == 0 ? [] : new Finding[suppressedCount];
        int a = 0, s = 0;
        foreach (var finding in findings)
        {
            if (finding.IsSuppressed)
            {
                suppressed[s++] = finding;
            }
            else
            {
                active[a++] = finding;
            }
        }

        // Per rule at most RepeatedFindings.MaxPerRule in full, chosen in the order reported, before sorting.
        active = RepeatedFindings.Fold(active, plan.Options.Culture);
        suppressed = RepeatedFindings.Fold(suppressed, plan.Options.Culture);
        Array.Sort(active, FindingOrder.Instance);
        Array.Sort(suppressed, FindingOrder.Instance);
        return new ValidationReport(
            plan.AsOf,
            ImmutableCollectionsMarshal.AsImmutableArray(active),
            ImmutableCollectionsMarshal.AsImmutableArray(suppressed),
            plan.Descriptors);
    }

    private static Suppression? FindSuppression(Suppression[] suppressions, Finding finding)
    {
        foreach (var suppression in suppressions)
        {
            if (suppression.Covers(finding.RuleId, finding.Path))
            {
                return suppression;
            }
        }

        return null;
    }
}
