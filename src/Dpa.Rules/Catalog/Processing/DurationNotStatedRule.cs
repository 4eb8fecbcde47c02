using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2002: the agreement must state the duration of the processing in a way that determines its end.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3): the contract sets out "the subject-matter and duration of the processing". Accepted: a fixed
/// term, an end date, an indefinite duration ended by notice, or the duration of the main agreement (or of the services
/// under it) — the last two only when that main agreement is identified, since otherwise the end cannot be known. A blank
/// or placeholder identification counts as not stated when the agreement is executed.</para>
/// </remarks>
internal sealed class DurationNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2002",
        nameof(DurationNotStatedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Scc2021915("7.3"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (MissingPart(agreement) is var (path, reason))
        {
            context.Report(path, reason);
        }
    }

    // Where the duration falls short, and why.
    private static (string Path, ArgumentText Reason)? MissingPart(ProcessingAgreement agreement)
    {
        var duration = agreement.Processing.Duration;
        if (duration is null)
        {
            return (AgreementPaths.Processing.Duration.Path, ArgumentTexts.DurationNotStated);
        }

        return duration.Basis switch
        {
            DurationBasis.FixedTerm when duration.Term is null => (AgreementPaths.Processing.Duration.Term, ArgumentTexts.TermLengthNotStated),
            DurationBasis.UntilDate when duration.EndsOn is null => (AgreementPaths.Processing.Duration.EndsOn, ArgumentTexts.EndDateNotStated),
            DurationBasis.MainAgreement or DurationBasis.WhileProcessing
                when !DescriptionEntries.Counts(agreement.Document.MainAgreement, agreement.Document.Status)
                => (AgreementPaths.Document.MainAgreement, ArgumentTexts.MainAgreementNotIdentified),
            _ => null,
        };
    }
}
