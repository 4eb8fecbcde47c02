using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9005: backups must not keep the data after the agreed deletion deadline.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(g) requires deletion of "existing copies"; backups are copies. For
/// <see cref="RuleContext.SampleEndDate"/> the rule computes the agreed deletion deadline and the latest backup purge: the
/// stated purge after the end (from the end or from the deletion deadline) when there is one; otherwise the longest stated
/// backup retention (overall or per tier; a tier's count times its frequency only when no retention is stated at all),
/// counted from the end — the conservative assumption that the last backup is taken on the last day of the agreement.
/// When the purge falls after the deletion deadline the finding states both dates and the gap in days.</para>
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
        var end = context.SampleEndDate;
        if (EndOfLifeDates.Deletion(context, end) is not { } deletionDeadline)
        {
            return;
        }

        var deletion = deletionDeadline.LastDay;

        var backups = agreement.EndOfProcessing.Backups;
        LocalDate? purge = null;
        string? path = null;
        if (backups.PurgeAfterEnd is { } purgeAfterEnd)
        {
            purge = purgeAfterEnd.From switch
            {
                EndOfLifeTrigger.AgreementEnd => EndOfLifeDates.LastDayAfterEnd(context, end, purgeAfterEnd.Period),
                EndOfLifeTrigger.DeletionDeadline => EndOfLifeDates.LastDayAfter(context, deletionDeadline, purgeAfterEnd.Period),
                _ => null,
            };
            path = AgreementPaths.EndOfProcessing.Backups.PurgeAfterEnd.Path;
        }
        else
        {
            (purge, path) = LatestRetention(context, backups, end, derived: false);
            if (purge is null)
            {
                (purge, path) = LatestRetention(context, backups, end, derived: true);
            }
        }

        if (purge is { } last && last > deletion && path is not null)
        {
            var sampleEnd = EndOfLifeDates.Iso(end);
            var deletionText = EndOfLifeDates.Iso(deletion);
            var purgeText = EndOfLifeDates.Iso(last);
            var gap = Period.Between(deletion, last, PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture);
            context.Report(
                Rule.DefaultSeverity,
                path,
                [
                    new FindingFact("sampleEndDate", sampleEnd),
                    new FindingFact("deletionDeadline", deletionText),
                    new FindingFact("backupPurgeDeadline", purgeText),
                    new FindingFact("gapDays", gap),
                ],
                purgeText,
                gap,
                deletionText,
                sampleEnd);
        }
    }

    private static (LocalDate? Purge, string? Path) LatestRetention(RuleContext context, BackupTerms backups, LocalDate end, bool derived)
    {
        LocalDate? latest = null;
        string? path = null;
        if (!derived && backups.Retention is { } overall)
        {
            latest = EndOfLifeDates.LastDayAfterEnd(context, end, overall);
            path = AgreementPaths.EndOfProcessing.Backups.Retention;
        }

        for (var i = 0; i < backups.Tiers.Length; i++)
        {
            var tier = backups.Tiers[i];
            var retention = derived ? Derive(tier) : tier.Retention;
            if (retention is { } period && EndOfLifeDates.LastDayAfterEnd(context, end, period) is { } day && (latest is null || day > latest))
            {
                latest = day;
                path = AgreementPaths.EndOfProcessing.Backups.Tiers.At(i);
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
