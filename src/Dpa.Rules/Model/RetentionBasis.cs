namespace Dpa.Rules.Model;

/// <summary>The basis on which the processor may keep data beyond the end.</summary>
public enum RetentionBasis
{
    /// <summary>Union or member-state law requires it (Art. 28(3)(g)).</summary>
    UnionOrMemberStateLaw = 0,

    /// <summary>The controller's instruction.</summary>
    ControllerInstruction = 1,

    /// <summary>The processor's own policy or interest: not a basis under Art. 28(3)(g).</summary>
    ProcessorPolicy = 2,
}
