using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Time;

/// <summary>One named end-of-life deadline of an agreement, with where it comes from and how it was counted.</summary>
/// <remarks><para>Immutable and thread-safe.</para></remarks>
public sealed class ScheduledDeadline
{
    internal ScheduledDeadline(ScheduledDeadlineKind kind, string name, string description, string path, Deadline deadline, string origin)
    {
        Kind = kind;
        Name = Preconditions.CheckNotBlank(name);
        Description = Preconditions.CheckNotBlank(description);
        Path = Preconditions.CheckNotBlank(path);
        Deadline = deadline;
        Steps = [origin, .. deadline.Explain()];
    }

    /// <summary>Gets what the deadline is about.</summary>
    public ScheduledDeadlineKind Kind { get; }

    /// <summary>Gets the stable name of the deadline, e.g. <c>deletion</c> or <c>backup-purge</c>; scripts may rely on it.</summary>
    public string Name { get; }

    /// <summary>Gets a short English description of what must happen by the deadline.</summary>
    public string Description { get; }

    /// <summary>Gets the JSON path of the clause in the agreement that sets the period, e.g. <c>$.endOfProcessing.deletion</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the computed deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>Gets the explanation: what the period runs from, then the steps of <see cref="Time.Deadline.Explain"/>.</summary>
    public ImmutableArray<string> Steps { get; }

    /// <summary>Formats the deadline as its name and local expiry.</summary>
    public override string ToString() => $"{Name}: {Deadline}";
}
