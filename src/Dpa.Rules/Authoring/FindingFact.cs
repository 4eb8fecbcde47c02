namespace Dpa.Rules.Authoring;

/// <summary>A named fact behind a finding, such as a computed deadline (<c>deletionDeadline</c> = <c>2026-03-02</c>).</summary>
/// <param name="Name">The fact's name, camelCase.</param>
/// <param name="Value">The value, formatted invariantly (dates ISO-8601).</param>
public readonly record struct FindingFact(string Name, string Value);
