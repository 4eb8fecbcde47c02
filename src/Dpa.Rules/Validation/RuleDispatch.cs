using System.Runtime.CompilerServices;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Validation;

/// <summary>Calls the planned rules from blocks of separate call sites, pointing the context at each rule in turn.</summary>
internal static class RuleDispatch
{
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
    public static void RunFrom(
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
}
