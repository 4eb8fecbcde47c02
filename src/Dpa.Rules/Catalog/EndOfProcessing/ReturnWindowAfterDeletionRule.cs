using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9007: the return window must not outlast the deletion deadline.</summary>
/// <remarks><para>GDPR Art. 28(3)(g) gives the controller the choice between return and deletion. When the agreement lets the
/// controller ask for a return after the date by which the data must already be deleted, the two clauses contradict each
/// other: either the return right is empty or the deletion is late. Both dates are computed with the deadline engine for
/// <see cref="RuleContext.SampleEndDate"/>; only periods running from the end are compared.</para></remarks>
internal sealed class ReturnWindowAfterDeletionRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9007",
        nameof(ReturnWindowAfterDeletionRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var end = context.SampleEndDate;
        if (agreement.EndOfProcessing.ReturnWindow is not { From: EndOfLifeTrigger.AgreementEnd, Period: var window }
            || EndOfLifeDates.Deletion(context, end)?.LastDay is not { } deletion)
        {
            return;
        }

        if (EndOfLifeDates.LastDayAfterEnd(context, end, window) is { } returnEnd && returnEnd > deletion)
        {
            var sampleEnd = EndOfLifeDates.Iso(end);
            var returnText = EndOfLifeDates.Iso(returnEnd);
            var deletionText = EndOfLifeDates.Iso(deletion);
            context.Report(
                Rule.DefaultSeverity,
                AgreementPaths.EndOfProcessing.ReturnWindow.Path,
                [
                    new FindingFact("sampleEndDate", sampleEnd),
                    new FindingFact("returnWindowEnd", returnText),
                    new FindingFact("deletionDeadline", deletionText),
                ],
                returnText,
                deletionText,
                sampleEnd);
        }
    }
}
