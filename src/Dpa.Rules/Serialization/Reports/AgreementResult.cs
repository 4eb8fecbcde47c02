using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>What validating one agreement file produced: the agreement and its findings, the error that kept it from loading, or
/// why the file could not be read at all.</summary>
/// <remarks>
/// <para>The file path is kept as given and reported with forward slashes; pass it relative to the repository root so SARIF
/// consumers (GitHub code scanning) can place results, or set <see cref="ReportWriterOptions.BaseDirectory"/>. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class AgreementResult
{
    private AgreementResult(
        string filePath,
        ProcessingAgreement? agreement,
        AgreementFormatException? loadError,
        ImmutableArray<Finding> findings,
        ImmutableArray<RuleDescriptor> rules,
        AgreementLineIndex lines,
        string? readError = null)
    {
        FilePath = filePath;
        Agreement = agreement;
        LoadError = loadError;
        ReadError = readError;
        Findings = findings;
        Rules = rules;
        Lines = lines;
    }

    /// <summary>Gets the path of the agreement file, as given.</summary>
    public string FilePath { get; }

    /// <summary>Gets the agreement; <see langword="null"/> when it could not be loaded.</summary>
    public ProcessingAgreement? Agreement { get; }

    /// <summary>Gets why the agreement could not be loaded; <see langword="null"/> when it was loaded.</summary>
    public AgreementFormatException? LoadError { get; }

    /// <summary>Gets why the file could not be read at all (missing, a directory, no permission); <see langword="null"/> when it
    /// was read.</summary>
    public string? ReadError { get; }

    /// <summary>Gets the findings, suppressed ones included, in the validator's order; empty when the agreement could not be loaded.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets the rules that ran on the agreement (<see cref="ValidationReport.Rules"/>); empty when unknown or not loaded.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Gets the index from model paths to lines of the file.</summary>
    public AgreementLineIndex Lines { get; }

    /// <summary>Gets whether the agreement was loaded (and validated).</summary>
    public bool IsLoaded => Agreement is not null;

    /// <summary>Creates the result of an agreement validated by <see cref="AgreementValidator"/>.</summary>
    /// <param name="filePath">The agreement file's path, preferably relative to the repository root.</param>
    /// <param name="agreement">The loaded agreement.</param>
    /// <param name="report">Its validation report: active and suppressed findings are reported, merged in the report's order.</param>
    /// <param name="lines">The file's line index (<see cref="AgreementLineIndex.Create"/>), or <see cref="AgreementLineIndex.Empty"/>.</param>
    /// <returns>The result.</returns>
    public static AgreementResult Validated(string filePath, ProcessingAgreement agreement, ValidationReport report, AgreementLineIndex lines)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(lines);
        Finding[] findings = [.. report.Findings, .. report.SuppressedFindings];
        Array.Sort(findings, FindingOrder.Instance);
        return new AgreementResult(filePath, agreement, null, [.. findings], report.Rules, lines);
    }

    /// <summary>Creates the result of a validated agreement from its findings, for hosts that validate in their own way.</summary>
    /// <param name="filePath">The agreement file's path, preferably relative to the repository root.</param>
    /// <param name="agreement">The loaded agreement.</param>
    /// <param name="findings">Its findings, suppressed ones included.</param>
    /// <param name="lines">The file's line index (<see cref="AgreementLineIndex.Create"/>), or <see cref="AgreementLineIndex.Empty"/>.</param>
    /// <returns>The result.</returns>
    public static AgreementResult Validated(string filePath, ProcessingAgreement agreement, IEnumerable<Finding> findings, AgreementLineIndex lines)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(lines);
        return new AgreementResult(filePath, agreement, null, [.. findings], [], lines);
    }

    /// <summary>Creates the result of a file whose content is not a valid agreement.</summary>
    /// <param name="filePath">The agreement file's path, preferably relative to the repository root.</param>
    /// <param name="error">The loading error, naming the JSON path and line.</param>
    /// <returns>The result.</returns>
    public static AgreementResult LoadFailed(string filePath, AgreementFormatException error)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentNullException.ThrowIfNull(error);
        return new AgreementResult(filePath, null, error, [], [], AgreementLineIndex.Empty);
    }

    /// <summary>Creates the result of a file that could not be read at all, so that every report format names it.</summary>
    /// <param name="filePath">The path as given.</param>
    /// <param name="reason">Why it could not be read, for people: <c>no such file</c>, <c>is a directory</c>, the operating
    /// system's message.</param>
    /// <returns>The result.</returns>
    public static AgreementResult Unreadable(string filePath, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new AgreementResult(filePath, null, null, [], [], AgreementLineIndex.Empty, reason);
    }
}
