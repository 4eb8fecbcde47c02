using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9008: the agreement has end-of-life periods but does not say how they are counted.</summary>
/// <remarks>
/// <para>A period such as "one month after the end" or "60 days" has a last day only under a counting convention: whether the
/// day of the end counts, and whether a period that ends on a Saturday, Sunday or public holiday runs on to the next working
/// day. Neither Regulation (EEC, Euratom) No 1182/71 nor the Dutch Algemene termijnenwet governs a contract by itself, so an
/// agreement that states none leaves it open; the library then counts under the <c>contract</c> convention (no roll), which
/// is never later than the others. For the deletion of personal data (GDPR Art. 28(3)(g)) a roll delays the protection of
/// data subjects by days.</para>
/// <para>Reported once, at <c>$.document.countingConvention</c>, when <see cref="AgreementDocument.CountingConvention"/> is not
/// stated and the agreement states a deletion period, a return window, a backup purge or a retention of breach records; the
/// message names the first of these, and every one stated is a related path. Info: a suggestion, not a defect.</para>
/// </remarks>
internal sealed class CountingConventionNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9008",
        nameof(CountingConventionNotStatedRule),
        RuleSeverity.Info,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Regulation118271("3"),
        LegalReference.AlgemeneTermijnenwet("1"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Document.CountingConvention is not null)
        {
            return;
        }

        var terms = agreement.EndOfProcessing;
        var deletion = terms.Deletion;
        var returnWindow = terms.ReturnWindow;
        var purge = terms.Backups.PurgeAfterEnd;
        var records = agreement.Breach.RecordRetention;
        if (deletion is null && returnWindow is null && purge is null && records is null)
        {
            return;
        }

        var paths = new List<string>(5) { AgreementPaths.Document.CountingConvention };
        AddIfStated(paths, deletion, AgreementPaths.EndOfProcessing.Deletion.Path);
        AddIfStated(paths, returnWindow, AgreementPaths.EndOfProcessing.ReturnWindow.Path);
        AddIfStated(paths, purge, AgreementPaths.EndOfProcessing.Backups.PurgeAfterEnd.Path);
        AddIfStated(paths, records, AgreementPaths.Breach.RecordRetention.Path);
        var example = deletion is not null ? ArgumentTexts.DeletionPeriodOf.With(deletion.Period)
            : returnWindow is not null ? ArgumentTexts.ReturnWindowOf.With(returnWindow.Period)
            : purge is not null ? ArgumentTexts.BackupPurgeWithin.With(purge.Period)
            : ArgumentTexts.BreachRecordsKeptFor.With(records!.Period);
        context.Report(Rule.DefaultSeverity, [.. paths], [], example);
    }

    private static void AddIfStated(List<string> paths, EndOfLifePeriod? period, string path)
    {
        if (period is not null)
        {
            paths.Add(path);
        }
    }
}
