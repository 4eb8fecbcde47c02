namespace Dpa.Rules.Model;

/// <summary>Which changes a notice covers, such as a notice of sub-processor changes (GDPR Art. 28(2)).</summary>
public enum NoticeScope
{
    /// <summary>Every intended addition or replacement, as GDPR Art. 28(2) requires ("any intended changes").</summary>
    AnyChange = 0,

    /// <summary>Only the changes the processor deems material (or significant, or substantial).</summary>
    MaterialChangesOnly = 1,
}
