using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;
using NodaTime.Text;

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
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    // One context per thread, reused across validations so that a clean agreement allocates nothing. It stays in the slot
    // while in use (marked so) rather than being taken out and put back: that would cost a second thread-static access and
    // a GC write barrier per validation. A validation that finds the pooled context in use (one started by a rule on the
    // same thread) puts a new context in the slot, and the outer validation finishes with its own.
    [ThreadStatic]
    private static RuleContext? _pooledContext;

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
        var status = options.Mode switch
        {
            ValidationMode.Template => AgreementStatus.Template,
            ValidationMode.Executed => AgreementStatus.Executed,
            _ => agreement.Document.Status,
        };
        if (status != agreement.Document.Status)
        {
            // Rules see the forced status wherever they read it, through the context or the document itself.
            agreement = agreement with { Document = agreement.Document with { Status = status } };
        }

        ref var slot = ref _pooledContext;
        var context = slot;
        if (context is null || context.InUse)
        {
            // The first validation on this thread, or one started by a rule of a validation that holds the pooled context:
            // this context becomes the pooled one. The outer validation keeps its own and simply drops it when done.
            context = new RuleContext();
            slot = context;
        }

        context.InUse = true;
        context.ResetForPlan(agreement, asOf, options.Thresholds, options.Culture, status, plan.RuleDescriptors, plan.SeverityOverrides, cancellationToken);
        RunRules(plan, agreement, context, options.Culture, cancellationToken);
        var findings = context.Findings;
        if (plan.ConfigurationFindings.Length != 0)
        {
            findings.AddRange(plan.ConfigurationFindings);
        }

        // No try/finally: only the rules can throw here, and RunRules releases the context when it lets an exception out.
        // Kept out of a protected region, this method's locals stay in registers.
        var report = findings.Count == 0 ? plan.CleanReport : CreateReport(plan, findings);
        context.Release();
        return report;
    }

    /// <summary>Runs every planned rule once, in order; a rule that throws becomes a DPA0001 finding and the run goes on.</summary>
    /// <remarks><para>One protected region for the whole run, re-entered after a failure at the rule after the one that
    /// failed. A cancellation is the only exception let out, and the context is released first.</para></remarks>
    private static void RunRules(ValidationPlan plan, ProcessingAgreement agreement, RuleContext context, CultureInfo culture, CancellationToken cancellationToken)
    {
        var evaluators = plan.Evaluators;
        var i = 0;
        while (i < evaluators.Length)
        {
            try
            {
                RunFrom(i, evaluators, agreement, context, cancellationToken.CanBeCanceled);
                break;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                context.Release();
                throw;
            }
#pragma warning disable CA1031 // Any exception of a rule becomes a DPA0001 finding: validation never crashes on a rule's bug.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // The failing rule's index comes from the context, so that the loop counter need not be kept in memory.
                i = context.RuleIndex;
                context.DiscardFindingsOfCurrentRule();
                if (plan.RuleFailedSeverity is { } severity)
                {
                    context.Findings.Add(RuleFailed(plan.RuleDescriptors[i], exception, severity, culture));
                }

                i++;
            }
        }
    }

    /// <summary>Runs the planned rules from <paramref name="start"/> to the end, pointing the context at each in turn.</summary>
    /// <remarks>
    /// <para>Many call sites instead of one. Through a single indirect call site for every rule, the processor mispredicted
    /// nearly every call (each rule is another target), which on a clean agreement cost more than the checks of all rules
    /// together. The rules go through blocks of 16, 8 and 4 call sites instead, written out in <c>Run16</c>, <c>Run8</c> and
    /// <c>Run4</c>, so that each site sees one rule, or a few in a repeating order.</para>
    /// <para>Because each site is its own call in the IL, the runtime's dynamic profile is per site too: for a validator
    /// that runs one rule set, the JIT learns the rule behind each site and inlines it behind a type test, and a validation
    /// of a clean agreement costs little more than the rules' own checks. Where plans vary (validators with other rule
    /// sets on the same process), a failed test falls back to the indirect call; every rule still runs, once, in order.</para>
    /// </remarks>
    private static void RunFrom(
        int start,
        Action<ProcessingAgreement, RuleContext>[] evaluators,
        ProcessingAgreement agreement,
        RuleContext context,
        bool canBeCanceled)
    {
        var i = start;
        for (; evaluators.Length - i >= 16; i += 16)
        {
            Run16(evaluators.AsSpan(i, 16), i, agreement, context, canBeCanceled);
        }

        if (evaluators.Length - i >= 8)
        {
            Run8(evaluators.AsSpan(i, 8), i, agreement, context, canBeCanceled);
            i += 8;
        }

        if (evaluators.Length - i >= 4)
        {
            Run4(evaluators.AsSpan(i, 4), i, agreement, context, canBeCanceled);
            i += 4;
        }

        for (; i < evaluators.Length; i++)
        {
            Run1(evaluators.AsSpan(i, 1), i, agreement, context, canBeCanceled);
        }
    }

    /// <summary>Runs a block of 16 planned rules, each from a call site of its own.</summary>
    private static void Run16(
        ReadOnlySpan<Action<ProcessingAgreement, RuleContext>> block,
        int index,
        ProcessingAgreement agreement,
        RuleContext context,
        bool canBeCanceled)
    {
        Begin(context, index, canBeCanceled);
        block[0](agreement, context);
        Begin(context, index + 1, canBeCanceled);
        block[1](agreement, context);
        Begin(context, index + 2, canBeCanceled);
        block[2](agreement, context);
        Begin(context, index + 3, canBeCanceled);
        block[3](agreement, context);
        Begin(context, index + 4, canBeCanceled);
        block[4](agreement, context);
        Begin(context, index + 5, canBeCanceled);
        block[5](agreement, context);
        Begin(context, index + 6, canBeCanceled);
        block[6](agreement, context);
        Begin(context, index + 7, canBeCanceled);
        block[7](agreement, context);
        Begin(context, index + 8, canBeCanceled);
        block[8](agreement, context);
        Begin(context, index + 9, canBeCanceled);
        block[9](agreement, context);
        Begin(context, index + 10, canBeCanceled);
        block[10](agreement, context);
        Begin(context, index + 11, canBeCanceled);
        block[11](agreement, context);
        Begin(context, index + 12, canBeCanceled);
        block[12](agreement, context);
        Begin(context, index + 13, canBeCanceled);
        block[13](agreement, context);
        Begin(context, index + 14, canBeCanceled);
        block[14](agreement, context);
        Begin(context, index + 15, canBeCanceled);
        block[15](agreement, context);
    }

    /// <summary>Runs a block of 8 planned rules, each from a call site of its own.</summary>
    private static void Run8(
        ReadOnlySpan<Action<ProcessingAgreement, RuleContext>> block,
        int index,
        ProcessingAgreement agreement,
        RuleContext context,
        bool canBeCanceled)
    {
        Begin(context, index, canBeCanceled);
        block[0](agreement, context);
        Begin(context, index + 1, canBeCanceled);
        block[1](agreement, context);
        Begin(context, index + 2, canBeCanceled);
        block[2](agreement, context);
        Begin(context, index + 3, canBeCanceled);
        block[3](agreement, context);
        Begin(context, index + 4, canBeCanceled);
        block[4](agreement, context);
        Begin(context, index + 5, canBeCanceled);
        block[5](agreement, context);
        Begin(context, index + 6, canBeCanceled);
        block[6](agreement, context);
        Begin(context, index + 7, canBeCanceled);
        block[7](agreement, context);
    }

    /// <summary>Runs a block of 4 planned rules, each from a call site of its own.</summary>
    private static void Run4(
        ReadOnlySpan<Action<ProcessingAgreement, RuleContext>> block,
        int index,
        ProcessingAgreement agreement,
        RuleContext context,
        bool canBeCanceled)
    {
        Begin(context, index, canBeCanceled);
        block[0](agreement, context);
        Begin(context, index + 1, canBeCanceled);
        block[1](agreement, context);
        Begin(context, index + 2, canBeCanceled);
        block[2](agreement, context);
        Begin(context, index + 3, canBeCanceled);
        block[3](agreement, context);
    }

    /// <summary>Runs a block of 1 planned rule, from the call site shared by the last rules of a plan.</summary>
    private static void Run1(
        ReadOnlySpan<Action<ProcessingAgreement, RuleContext>> block,
        int index,
        ProcessingAgreement agreement,
        RuleContext context,
        bool canBeCanceled)
    {
        Begin(context, index, canBeCanceled);
        block[0](agreement, context);
    }

    /// <summary>Prepares a planned rule's turn: between rules the token is checked, and the context learns which rule reports.</summary>
    /// <remarks><para>An uncancellable validation (the usual case) pays one register test per rule: the token is read from
    /// the context, which holds it, only when it can be cancelled.</para></remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Begin(RuleContext context, int index, bool canBeCanceled)
    {
        if (canBeCanceled)
        {
            ThrowIfCancellationRequested(context);
        }

        context.RuleIndex = index;
    }

    // Out of line, so that the dispatch of an uncancellable validation holds no copy of the token at each call site.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIfCancellationRequested(RuleContext context) => context.CancellationToken.ThrowIfCancellationRequested();

    private static Finding RuleFailed(RuleDescriptor rule, Exception exception, RuleSeverity severity, CultureInfo culture)
    {
        // The type only: an exception's message may echo agreement text, and its stack helps nobody reading a report.
        var type = exception.GetType().FullName ?? exception.GetType().Name;
        var id = rule.Id.ToString();
        return EngineFinding(
            EngineRules.RuleFailed,
            severity,
            "$",
            [new FindingFact("ruleId", id), new FindingFact("exceptionType", type)],
            culture,
            id,
            type);
    }

    private static Finding EngineFinding(
        RuleDescriptor descriptor,
        RuleSeverity severity,
        string path,
        ImmutableArray<FindingFact> facts,
        CultureInfo culture,
        params ReadOnlySpan<object?> args) =>
        new(descriptor, severity, string.Format(culture, descriptor.GetMessageFormat(culture), args), path, facts);

    private static ValidationReport CreateReport(ValidationPlan plan, List<Finding> findings)
    {
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

    /// <summary>Everything about a validation that depends on the rule set, the options and the date but not on the agreement.</summary>
    private sealed class ValidationPlan
    {
        private ValidationPlan(
            ValidationOptions options,
            LocalDate asOf,
            Action<ProcessingAgreement, RuleContext>[] evaluators,
            RuleDescriptor[] ruleDescriptors,
            RuleSeverity?[] severityOverrides,
            ImmutableArray<RuleDescriptor> descriptors,
            RuleSeverity? ruleFailedSeverity,
            Finding[] configurationFindings,
            Suppression[] activeSuppressions)
        {
            Options = options;
            AsOf = asOf;
            Evaluators = evaluators;
            RuleDescriptors = ruleDescriptors;
            SeverityOverrides = severityOverrides;
            Descriptors = descriptors;
            RuleFailedSeverity = ruleFailedSeverity;
            ConfigurationFindings = configurationFindings;
            ActiveSuppressions = activeSuppressions;
            CleanReport = new ValidationReport(asOf, [], [], descriptors);
        }

        public ValidationOptions Options { get; }

        public LocalDate AsOf { get; }

        /// <summary>The rules to run, in order, each bound once as a delegate to its <c>Evaluate</c>.</summary>
        /// <remarks><para>Calling each rule through the interface made every call site megamorphic (one implementation per
        /// rule), and the interface dispatches cost more than the checks of a typical rule on a clean agreement.</para></remarks>
        public Action<ProcessingAgreement, RuleContext>[] Evaluators { get; }

        /// <summary>The descriptors of <see cref="Evaluators"/>, by index.</summary>
        public RuleDescriptor[] RuleDescriptors { get; }

        /// <summary>The configured severities that replace whatever the rules of <see cref="Evaluators"/> report, by index.</summary>
        public RuleSeverity?[] SeverityOverrides { get; }

        public ImmutableArray<RuleDescriptor> Descriptors { get; }

        /// <summary>The severity of DPA0001 findings; <see langword="null"/> when DPA0001 is disabled.</summary>
        public RuleSeverity? RuleFailedSeverity { get; }

        /// <summary>DPA0002 and DPA0003 findings: they depend on the options and the date only.</summary>
        public Finding[] ConfigurationFindings { get; }

        public Suppression[] ActiveSuppressions { get; }

        /// <summary>The report of every validation with this plan that finds nothing: it depends on the plan only, and it is
        /// immutable, so it is shared rather than allocated per validation.</summary>
        public ValidationReport CleanReport { get; }

        public static ValidationPlan Create(RuleSet ruleSet, ValidationOptions options, LocalDate asOf)
        {
            var descriptors = ImmutableArray.CreateBuilder<RuleDescriptor>();
            foreach (var engineRule in EngineRules.All)
            {
                if (EffectiveSeverity(engineRule, options) is not null)
                {
                    descriptors.Add(engineRule);
                }
            }

            var evaluators = new List<Action<ProcessingAgreement, RuleContext>>(ruleSet.Count);
            var ruleDescriptors = new List<RuleDescriptor>(ruleSet.Count);
            var severityOverrides = new List<RuleSeverity?>(ruleSet.Count);
            foreach (var rule in ruleSet.Rules)
            {
                var descriptor = rule.Descriptor;
                var severityOverride = options.SeverityOverrideFor(descriptor);
                var enabled = severityOverride is { } configured ? configured != RuleSeverity.None : descriptor.IsEnabledByDefault;
                if (enabled && !(descriptor.EffectiveFrom > asOf))
                {
                    evaluators.Add(rule.Evaluate);
                    ruleDescriptors.Add(descriptor);
                    severityOverrides.Add(severityOverride);
                    descriptors.Add(descriptor);
                }
            }

            var culture = options.Culture;
            var findings = new List<Finding>();
            if (EffectiveSeverity(EngineRules.UnknownRuleId, options) is { } unknownSeverity)
            {
                foreach (var pair in options.RuleSeverities)
                {
                    if (!IsKnown(ruleSet, pair.Key))
                    {
                        findings.Add(UnknownRuleId(pair.Key, "ruleSeverities", unknownSeverity, culture));
                    }
                }

                for (var i = 0; i < options.Suppressions.Length; i++)
                {
                    if (!IsKnown(ruleSet, options.Suppressions[i].RuleId))
                    {
                        findings.Add(UnknownRuleId(options.Suppressions[i].RuleId, $"suppressions[{i}]", unknownSeverity, culture));
                    }
                }
            }

            var expiredSeverity = EffectiveSeverity(EngineRules.SuppressionExpired, options);
            var active = new List<Suppression>();
            foreach (var suppression in options.Suppressions)
            {
                if (suppression.IsActiveOn(asOf))
                {
                    active.Add(suppression);
                }
                else if (expiredSeverity is { } severity)
                {
                    var ruleId = suppression.RuleId.ToString();
                    var expiredOn = IsoDate.Format(suppression.ExpiresOn.GetValueOrDefault());
                    findings.Add(EngineFinding(
                        EngineRules.SuppressionExpired,
                        severity,
                        suppression.Path ?? "$",
                        [new FindingFact("suppressedRuleId", ruleId), new FindingFact("expiresOn", expiredOn)],
                        culture,
                        ruleId,
                        expiredOn));
                }
            }

            return new ValidationPlan(
                options,
                asOf,
                [.. evaluators],
                [.. ruleDescriptors],
                [.. severityOverrides],
                descriptors.ToImmutable(),
                EffectiveSeverity(EngineRules.RuleFailed, options),
                [.. findings],
                [.. active]);
        }

        private static Finding UnknownRuleId(RuleId id, string setting, RuleSeverity severity, CultureInfo culture)
        {
            var text = id.ToString();
            return EngineFinding(EngineRules.UnknownRuleId, severity, "$", [new FindingFact("setting", setting)], culture, text);
        }

        private static bool IsKnown(RuleSet ruleSet, RuleId id) =>
            id.Category == RuleCategory.Engine ? EngineRules.All.Any(engine => engine.Id == id) : ruleSet.Contains(id);

        /// <summary>The severity of an engine finding, or <see langword="null"/> when the configuration disables it.</summary>
        private static RuleSeverity? EffectiveSeverity(RuleDescriptor engineRule, ValidationOptions options) =>
            (options.SeverityOverrideFor(engineRule) ?? engineRule.DefaultSeverity) is var severity && severity != RuleSeverity.None
                ? severity
                : null;
    }
}
