namespace Dpa.Rules.Model;

/// <summary>Who carries out an audit or inspection (GDPR Art. 28(3)(h)).</summary>
public enum AuditorChoice
{
    /// <summary>The controller itself or an auditor it mandates.</summary>
    ControllerOrMandated = 0,

    /// <summary>An independent third party (the controller's choice not excluded).</summary>
    IndependentThirdParty = 1,

    /// <summary>An auditor the processor selects or must approve.</summary>
    ProcessorSelected = 2,
}
