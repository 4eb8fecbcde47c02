namespace Dpa.Rules.Model;

/// <summary>Who may change the agreed security measures, and how far (EDPB Guidelines 07/2020, para. 123).</summary>
public enum SecurityChangePolicy
{
    /// <summary>Changes need the controller's approval.</summary>
    ControllerApproval = 0,

    /// <summary>The processor may change measures, but the agreed measures are a minimum it may not go below
    /// ("ten minste de in Bijlage 2 gespecificeerde maatregelen", "not below the agreed level").</summary>
    AgreedMinimum = 1,

    /// <summary>The processor may change the measures on its own judgement, with no approval and no agreed minimum, so it may
    /// also lower them ("kan wijzigingen aanbrengen ... indien dat naar zijn oordeel noodzakelijk is").</summary>
    ProcessorDiscretion = 2,
}
