using System.Globalization;

namespace Dpa.Rules.Model;

/// <summary>Periods and counts of time as people write them: "48 hours", "1 month", "2 weeks"; in Dutch "48 uur",
/// "1 maand", "2 weken".</summary>
/// <remarks><para>English and Dutch; every other language falls back to English, as the rule texts do. The count is written
/// with plain digits, without group separators, so that "1000 days" reads the same in both languages (English "1,000" is
/// Dutch "1.000").</para></remarks>
internal static class PeriodText
{
    /// <summary>Formats <paramref name="count"/> <paramref name="unit"/> in the language of <paramref name="provider"/>.</summary>
    /// <param name="count">The number of units; zero and negative numbers take the plural.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="provider">The culture; <see langword="null"/> for the current culture.</param>
    public static string Format(long count, PeriodUnit unit, IFormatProvider? provider)
    {
        var one = count == 1;
        var word = IsDutch(provider)
            ? unit switch
            {
                PeriodUnit.Hours => "uur",
                PeriodUnit.Days => one ? "dag" : "dagen",
                PeriodUnit.Weeks => one ? "week" : "weken",
                PeriodUnit.Months => one ? "maand" : "maanden",
                _ => "jaar",
            }
            : unit switch
            {
                PeriodUnit.Hours => one ? "hour" : "hours",
                PeriodUnit.Days => one ? "day" : "days",
                PeriodUnit.Weeks => one ? "week" : "weeks",
                PeriodUnit.Months => one ? "month" : "months",
                _ => one ? "year" : "years",
            };
        return string.Create(CultureInfo.InvariantCulture, $"{count} {word}");
    }

    /// <summary>Gets whether <paramref name="provider"/> is a Dutch culture (<c>nl</c>, <c>nl-NL</c>, <c>nl-BE</c>, …).</summary>
    /// <param name="provider">The culture; <see langword="null"/> for the current culture.</param>
    public static bool IsDutch(IFormatProvider? provider)
    {
        var name = (provider is null ? CultureInfo.CurrentCulture : provider as CultureInfo)?.Name;
        return name is not null
            && (name.Equals("nl", StringComparison.OrdinalIgnoreCase) || name.StartsWith("nl-", StringComparison.OrdinalIgnoreCase));
    }
}
