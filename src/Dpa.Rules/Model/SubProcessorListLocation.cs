namespace Dpa.Rules.Model;

/// <summary>Where the list of sub-processors is kept.</summary>
public enum SubProcessorListLocation
{
    /// <summary>In the agreement or one of its annexes (EDPB Opinion 22/2024).</summary>
    InAgreement = 0,

    /// <summary>Only at an external web address the processor controls.</summary>
    ExternalUrl = 1,

    /// <summary>Given only on request.</summary>
    OnRequest = 2,
}
