namespace AnonGateway.Dicom.Network.UpperLayer.StateMachine;

/// <summary>The actions of the DICOM upper layer protocol (PS3.8 Tables 9-6 to 9-9).</summary>
public enum UlAction
{
    /// <summary>No action: the event is not defined in this state (PS3.8 leaves the cell empty).</summary>
    Undefined = 0,
    /// <summary>AE-1: issue TRANSPORT CONNECT request primitive to local transport service → Sta4.</summary>
    AE1,
    /// <summary>AE-2: send A-ASSOCIATE-RQ PDU → Sta5.</summary>
    AE2,
    /// <summary>AE-3: issue A-ASSOCIATE confirmation (accept) primitive → Sta6.</summary>
    AE3,
    /// <summary>AE-4: issue A-ASSOCIATE confirmation (reject) primitive and close transport connection → Sta1.</summary>
    AE4,
    /// <summary>AE-5: issue transport connection response primitive; start ARTIM timer → Sta2.</summary>
    AE5,
    /// <summary>AE-6: stop ARTIM timer and if A-ASSOCIATE-RQ acceptable issue A-ASSOCIATE indication (→ Sta3), otherwise issue A-ASSOCIATE-RJ-PDU and start ARTIM timer (→ Sta13).</summary>
    AE6,
    /// <summary>AE-7: send A-ASSOCIATE-AC PDU → Sta6.</summary>
    AE7,
    /// <summary>AE-8: send A-ASSOCIATE-RJ PDU and start ARTIM timer → Sta13.</summary>
    AE8,
    /// <summary>DT-1: send P-DATA-TF PDU → Sta6.</summary>
    DT1,
    /// <summary>DT-2: send P-DATA indication primitive → Sta6.</summary>
    DT2,
    /// <summary>AR-1: send A-RELEASE-RQ PDU → Sta7.</summary>
    AR1,
    /// <summary>AR-2: issue A-RELEASE indication primitive → Sta8.</summary>
    AR2,
    /// <summary>AR-3: issue A-RELEASE confirmation primitive and close transport connection → Sta1.</summary>
    AR3,
    /// <summary>AR-4: issue A-RELEASE-RP PDU and start ARTIM timer → Sta13.</summary>
    AR4,
    /// <summary>AR-5: stop ARTIM timer → Sta1.</summary>
    AR5,
    /// <summary>AR-6: issue P-DATA indication → Sta7.</summary>
    AR6,
    /// <summary>AR-7: issue P-DATA-TF PDU → Sta8.</summary>
    AR7,
    /// <summary>AR-8: issue A-RELEASE indication (release collision): association-requestor → Sta9, acceptor → Sta10.</summary>
    AR8,
    /// <summary>AR-9: send A-RELEASE-RP PDU → Sta11.</summary>
    AR9,
    /// <summary>AR-10: issue A-RELEASE confirmation primitive → Sta12.</summary>
    AR10,
    /// <summary>AA-1: send A-ABORT PDU (service-user source) and start (or restart) ARTIM timer → Sta13.</summary>
    AA1,
    /// <summary>AA-2: stop ARTIM timer if running; close transport connection → Sta1.</summary>
    AA2,
    /// <summary>AA-3: issue A-ABORT (user) or A-P-ABORT (provider) indication and close transport connection → Sta1.</summary>
    AA3,
    /// <summary>AA-4: issue A-P-ABORT indication primitive → Sta1.</summary>
    AA4,
    /// <summary>AA-5: stop ARTIM timer → Sta1.</summary>
    AA5,
    /// <summary>AA-6: ignore PDU → Sta13.</summary>
    AA6,
    /// <summary>AA-7: send A-ABORT PDU → Sta13.</summary>
    AA7,
    /// <summary>AA-8: send A-ABORT PDU (service-provider source), issue A-P-ABORT indication, start ARTIM timer → Sta13.</summary>
    AA8,
}
