using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4003: under a general authorisation the processor must announce sub-processor changes in advance, with a period long enough to object.</summary>
/// <remarks><para>GDPR Art. 28(2): the processor informs the controller of any intended addition or replacement (an error when
/// that duty is missing; a warning instead when the notice is implied by an objection period that runs from it, as in
/// "may object within 14 days of the notice"). SCC 2021/915 Clause 7.7(a) Option 2: notice "at least [period] in advance", sufficient to object
/// (a warning when no period is stated, or when it is certainly shorter than
/// <see cref="RuleThresholds.SubProcessorNoticeMinimum"/>: a month counts as at least 28 days).</para></remarks>
internal sealed class NoSubProcessorChangeNoticeRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4003",
        nameof(NoSubProcessorChangeNoticeRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "2"),
        LegalReference.Scc2021915("7.7", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (!SubProcessorRegimes.IncludesGeneral(terms))
        {
            return;
        }

        var minimum = context.Thresholds.SubProcessorNoticeMinimum;
        switch (terms.ChangeNotice)
        {
            // An objection period that runs from the processor's notice implies the notice (one the agreement does not make a
            // duty: seed 002 clause 4.1), not its advance period.
            case null or { Required: null } when terms.ObjectionRight is { Available: true, Window: not null }:
                context.Report(RuleSeverity.Warning, AgreementPaths.SubProcessing.ChangeNotice.Path, ArgumentTexts.NoticePeriodNotStated, minimum);
                break;
            case not { Required: true }:
                context.Report(AgreementPaths.SubProcessing.ChangeNotice.Path, ArgumentTexts.NoNotice, minimum);
                break;

            // Notice when (or after) the change is made: there is a notice, but Art. 28(2)'s "intended" change and the
            // objection it enables come too late; weaker than SCC 7.7 Option 2, not absent.
            case { InAdvance: false }:
                context.Report(RuleSeverity.Warning, AgreementPaths.SubProcessing.ChangeNotice.InAdvance, ArgumentTexts.NoticeNotInAdvance, minimum);
                break;
            case { MinimumPeriod: null }:
                context.Report(RuleSeverity.Warning, AgreementPaths.SubProcessing.ChangeNotice.MinimumPeriod, ArgumentTexts.NoticePeriodNotStated, minimum);
                break;
            case { MinimumPeriod: { } period } when PeriodComparison.IsCertainlyShorter(period, minimum):
                context.Report(RuleSeverity.Warning, AgreementPaths.SubProcessing.ChangeNotice.MinimumPeriod, ArgumentTexts.NoticeInAdvance.With(period), minimum);
                break;
            default:
                break;
        }
    }
}
