using Dpa.Rules.Authoring;

namespace Dpa.Rules.Validation;

/// <summary>The order of findings in a report: rule id, then path, then message (ordinal), then severity.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    private FindingOrder()
    {
    }

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var order = x.RuleId.CompareTo(y.RuleId);
        if (order == 0)
        {
            order = string.CompareOrdinal(x.Path, y.Path);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Message, y.Message);
        }

        return order != 0 ? order : x.Severity.CompareTo(y.Severity);
    }
}
