using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Validation;

/// <summary>Validates processing agreements against a rule set with options: the one entry point of the rule engine.</summary>
/// <remarks>
/// <para>The simple case is <c>AgreementValidator.Default.Validate(agreement)</c>: the whole catalog, English messages,
/// today's date. Hosts build their own with a <see cref="RuleSet"/>, <see cref="ValidationOptions"/> and an injected
/// <see cref="IClock"/>, or derive one with <see cref="WithRules"/> and <see cref="WithOptions"/>.</para>
/// <para><c>Validate</c> never throws on a well-formed agreement: a rule that throws becomes a DPA0001 finding (what it
/// reported before failing is discarded, since it may be incomplete) and the other rules still run. Only a null argument
/// or a cancelled token end a validation with an exception.</para>
/// <para>Immutable, thread-safe and meant to be reused: one instance can validate many agreements at once. Reports are
/// deterministic. Validating a clean agreement allocates nothing: the report of a validation that finds nothing depends only
/// on the rules, options and date, so it is one immutable instance shared by all such validations.</para>
/// </remarks>
public sealed class AgreementValidator
{
    // The plan for the options and date last used; replaced whole, so readers on other threads see an old or a new plan, never a mix.
    private ValidationPlan? _lastPlan;

    /// <summary>Creates a validator.</summary>
    /// <param name="rules">The rules to run.</param>
    /// <param name="options">The options used when <c>Validate</c> is given none.</param>
    /// <param name="clock">The clock that gives today's date when the options set no <see cref="ValidationOptions.AsOf"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AgreementValidator(RuleSet rules, ValidationOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        Rules = rules;
        Options = options;
        Clock = clock;
    }

    /// <summary>Gets a validator of the whole catalog with the default options and the system clock.</summary>
    /// <remarks><para>The one place outside dependency-injection registration that reads the system clock: it is the
    /// composition root of hosts that use no container. Tests and hosts that need a fixed date set
    /// <see cref="ValidationOptions.AsOf"/> or build a validator with their own <see cref="IClock"/>.</para></remarks>
    public static AgreementValidator Default { get; } =
#pragma warning disable RS0030 // The default validator is a composition root, like DI registration.
        new(RuleSet.Default, ValidationOptions.Default, SystemClock.Instance);
#pragma warning restore RS0030

    /// <summary>Gets the rules this validator runs.</summary>
    public RuleSet Rules { get; }

    /// <summary>Gets the options used when <c>Validate</c> is given none.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Gets the clock that gives today's date.</summary>
    public IClock Clock { get; }

    /// <summary>Returns a validator with the same options and clock that runs <paramref name="rules"/>.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The new validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public AgreementValidator WithRules(RuleSet rules) => new(rules, Options, Clock);

    /// <summary>Returns a validator with the same rules and clock and other default options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The new validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public AgreementValidator WithOptions(ValidationOptions options) => new(Rules, options, Clock);

    /// <summary>Validates <paramref name="agreement"/> with this validator's options.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(ProcessingAgreement agreement) => Validate(agreement, Options, CancellationToken.None);

    /// <summary>Validates <paramref name="agreement"/> with this validator's options; the token is checked between rules.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="cancellationToken">Cancels the validation (useful with slow host rules).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValidationReport Validate(ProcessingAgreement agreement, CancellationToken cancellationToken) =>
        Validate(agreement, Options, cancellationToken);

    /// <summary>Validates <paramref name="agreement"/> with <paramref name="options"/> instead of this validator's options.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="options">The options, replacing (not merged with) <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the validation; checked between rules and visible to rules as <see cref="RuleContext.CancellationToken"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValidationReport Validate(ProcessingAgreement agreement, ValidationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();

        var asOf = options.AsOf ?? Clock.GetCurrentInstant().InZone(agreement.Document.TimeZone).Date;
        var plan = GetPlan(options, asOf);
        agreement = InStatusOf(agreement, options.Mode);
        return RuleRunner.Run(plan, agreement, cancellationToken);
    }

    /// <summary>Gets the agreement the rules see: <paramref name="agreement"/>, or a copy with the status <paramref name="mode"/> forces.</summary>
    internal static ProcessingAgreement InStatusOf(ProcessingAgreement agreement, ValidationMode mode)
    {
        var status = mode switch
        {
            ValidationMode.Template => AgreementStatus.Template,
            ValidationMode.Executed => AgreementStatus.Executed,
            _ => agreement.Document.Status,
        };

        // Rules see the forced status wherever they read it, through the context or the document itself.
        return status == agreement.Document.Status ? agreement : agreement with { Document = agreement.Document with { Status = status } };
    }

    private ValidationPlan GetPlan(ValidationOptions options, LocalDate asOf)
    {
        var plan = Volatile.Read(ref _lastPlan);
        // Options are often rebuilt with `with` per call: structural equality keeps the plan when nothing changed.
        if (plan is null || plan.AsOf != asOf || !(ReferenceEquals(plan.Options, options) || plan.Options.Equals(options)))
        {
            plan = ValidationPlan.Create(Rules, options, asOf);
            Volatile.Write(ref _lastPlan, plan);
        }

        return plan;
    }
}
