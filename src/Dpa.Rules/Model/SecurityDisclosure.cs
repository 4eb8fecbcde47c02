namespace Dpa.Rules.Model;

/// <summary>How the processor makes the details of its security measures available to the controller (GDPR Art. 28(3)(h);
/// EDPB Guidelines 07/2020, para. 123).</summary>
public enum SecurityDisclosure
{
    /// <summary>Given to the controller: in the agreement or its annexes, or as a document the controller keeps.</summary>
    Provided = 0,

    /// <summary>Given to the controller on request.</summary>
    OnRequest = 1,

    /// <summary>Only open to inspection, e.g. at the processor's office; the controller gets no copy ("kan op kantoor worden
    /// ingezien").</summary>
    InspectionOnly = 2,

    /// <summary>Not disclosed to the controller (e.g. "for security reasons").</summary>
    Withheld = 3,
}
