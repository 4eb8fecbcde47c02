namespace Dpa.Rules.Model;

/// <summary>The event from which an end-of-life period runs.</summary>
public enum EndOfLifeTrigger
{
    /// <summary>The end of the (main) agreement.</summary>
    AgreementEnd = 0,

    /// <summary>The controller's request.</summary>
    ControllerRequest = 1,

    /// <summary>The end of the post-end retention period (the deletion deadline).</summary>
    DeletionDeadline = 2,
}
