using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9005: backups must not keep the data after the agreed deletion deadline, unless the agreement itself plans
/// their purge.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(g) requires deletion of "existing copies"; backups are copies. For
/// <see cref="RuleContext.SampleEndDate"/> the rule computes the agreed deletion deadline and the longest-lived backup:
/// the last backup of every tier is taken on the last day of the agreement (the conservative assumption) and lives for
/// its tier's retention, or for its count times its frequency when only a count is stated ("7 daily backups"), and the
/// overall retention applies too; the copy that lives longest decides. When it outlives the deletion deadline the
/// finding states both dates and the gap in days, and cites the clauses of the backups and of the deletion.</para>
/// <para>A purge of backups that the agreement schedules after the deletion (from the end or from the deletion deadline,
/// within a stated period) is the agreement's own plan, not a contradiction: the rule is silent. Only backups that outlive
/// the promised deletion without such a provision are reported.</para>
/// </remarks>
internal sealed class BackupsOutliveDeletionRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9005",
        nameof(BackupsOutliveDeletionRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var backups = agreement.EndOfProcessing.Backups;
        if (backups.PurgeAfterEnd is { From: EndOfLifeTrigger.AgreementEnd or EndOfLifeTrigger.DeletionDeadline })
        {
            return;
        }

        var end = context.SampleEndDate;
        if (EndOfLifeDates.Deletion(context, end) is not { } deletionDeadline
            || LongestLivedCopy(context, backups, end) is not ({ } last, { } path)
            || last <= deletionDeadline.LastDay)
        {
            return;
        }

        var deletion = deletionDeadline.LastDay;
        var sampleEnd = EndOfLifeDates.Iso(end);
        var deletionText = EndOfLifeDates.Iso(deletion);
        var copyText = EndOfLifeDates.Iso(last);
        var gapDays = Period.Between(deletion, last, PeriodUnits.Days).Days;
        var gap = gapDays.ToString(CultureInfo.InvariantCulture);
        context.Report(
            Rule.DefaultSeverity,
            [path, AgreementPaths.EndOfProcessing.Deletion.Path],
            [
                new FindingFact("sampleEndDate", sampleEnd),
                new FindingFact("deletionDeadline", deletionText),
                new FindingFact("backupPurgeDeadline", copyText),
                new FindingFact("gapDays", gap),
            ],
            copyText,
            UnitCount.Days(gapDays),
            deletionText,
            sampleEnd);
    }

    // The last day the longest-lived backup exists, and where the agreement states its lifetime; null when none is datable.
    private static (LocalDate? Last, string? Path) LongestLivedCopy(RuleContext context, BackupTerms backups, LocalDate end)
    {
        LocalDate? latest = null;
        string? path = null;
        if (backups.Retention is { } overall && EndOfLifeDates.LastDayAfterEnd(context, end, overall) is { } day)
        {
            latest = day;
            path = AgreementPaths.EndOfProcessing.Backups.Retention;
        }

        for (var i = 0; i < backups.Tiers.Length; i++)
        {
            var tier = backups.Tiers[i];
            if ((tier.Retention ?? Derive(tier)) is { } lifetime
                && EndOfLifeDates.LastDayAfterEnd(context, end, lifetime) is { } tierDay
                && (latest is null || tierDay > latest))
            {
                latest = tierDay;
                path = tier.Retention is null ? AgreementPaths.EndOfProcessing.Backups.Tiers.Count(i) : AgreementPaths.EndOfProcessing.Backups.Tiers.Retention(i);
            }
        }

        return (latest, path);
    }

    // "7 daily backups" keep the oldest for about seven days: the count times the frequency.
    private static ContractualPeriod? Derive(BackupTier tier) => tier.Count is not { } count
        ? null
        : tier.Frequency switch
        {
            BackupFrequency.Hourly => ContractualPeriod.FromHours(Math.Min(count, ContractualPeriod.MaxCount(PeriodUnit.Hours))),
            BackupFrequency.Daily => ContractualPeriod.FromDays(Math.Min(count, ContractualPeriod.MaxCount(PeriodUnit.Days))),
            BackupFrequency.Weekly => ContractualPeriod.FromWeeks(Math.Min(count, ContractualPeriod.MaxCount(PeriodUnit.Weeks))),
            BackupFrequency.Monthly => ContractualPeriod.FromMonths(Math.Min(count, ContractualPeriod.MaxCount(PeriodUnit.Months))),
            BackupFrequency.Yearly => ContractualPeriod.FromYears(Math.Min(count, ContractualPeriod.MaxCount(PeriodUnit.Years))),
            _ => null,
        };
}
