namespace AnonGateway.Dicom.Network.UpperLayer.StateMachine;

/// <summary>The state of one association's upper layer (PS3.8 §9.2): <see cref="Fire"/> looks the event up in
/// <see cref="TransitionTable"/>, moves to the next state and returns the action for the caller to perform.</summary>
/// <remarks>
/// Pure and synchronous: no I/O happens here, which is what lets every state × event cell be tested.
/// An event the standard does not define in the current state is answered as the standard answers an
/// unexpected PDU: a PDU event becomes AA-8 (A-ABORT, service-provider, unexpected PDU) when an association
/// exists, AA-1 in Sta2, AA-6/AA-7 in Sta13; a local primitive (a programming error) throws
/// <see cref="InvalidOperationException"/> and leaves the state alone.
/// </remarks>
public sealed class UpperLayerStateMachine
{
    /// <summary>Creates a machine in <paramref name="initial"/> (Sta1 unless a test starts elsewhere).</summary>
    /// <param name="isRequestor">Whether this side requested the association (decides AR-8's next state).</param>
    /// <param name="initial">The starting state.</param>
    public UpperLayerStateMachine(bool isRequestor, UlState initial = UlState.Sta1)
    {
        IsRequestor = isRequestor;
        State = initial;
    }

    /// <summary>Whether this side is the association-requestor.</summary>
    public bool IsRequestor { get; }

    /// <summary>The current state.</summary>
    public UlState State { get; private set; }

    /// <summary>Whether the ARTIM timer should be running (started by AE-5, AE-6 reject, AE-8, AR-4, AA-1, AA-8; stopped by AE-6, AR-5, AA-2, AA-5).</summary>
    public bool ArtimRunning { get; private set; }

    /// <summary>Applies <paramref name="evt"/>; for Evt6 <paramref name="acceptable"/> says whether AE-6 accepts the request.</summary>
    /// <returns>The action performed and the new state.</returns>
    /// <exception cref="InvalidOperationException">A local primitive in a state where the standard does not allow it.</exception>
    public UlTransition Fire(UlEvent evt, bool acceptable = true)
    {
        var cell = TransitionTable.Lookup(State, evt);
        if (!cell.IsDefined) cell = ForUndefined(evt);
        var next = cell.Action switch
        {
            UlAction.AE6 => acceptable ? UlState.Sta3 : UlState.Sta13,
            UlAction.AR8 => IsRequestor ? UlState.Sta9 : UlState.Sta10,
            _ => cell.NextState,
        };
        ArtimRunning = cell.Action switch
        {
            UlAction.AE5 or UlAction.AE8 or UlAction.AR4 or UlAction.AA1 or UlAction.AA7 or UlAction.AA8 => true,
            UlAction.AE6 => !acceptable,
            UlAction.AR5 or UlAction.AA2 or UlAction.AA5 => false,
            _ => next != UlState.Sta1 && ArtimRunning,
        };
        State = next;
        return new UlTransition(cell.Action, next);
    }

    private UlTransition ForUndefined(UlEvent evt)
    {
        bool pduEvent = evt is UlEvent.Evt3 or UlEvent.Evt4 or UlEvent.Evt6 or UlEvent.Evt10 or UlEvent.Evt12 or UlEvent.Evt13 or UlEvent.Evt16 or UlEvent.Evt19;
        if (!pduEvent || State is UlState.Sta1 or UlState.Sta4)
            throw new InvalidOperationException($"{evt} is not allowed in {State} (PS3.8 Table 9-10)");
        var action = State switch
        {
            UlState.Sta2 => UlAction.AA1,
            UlState.Sta13 => UlAction.AA7,
            _ => UlAction.AA8,
        };
        return new UlTransition(action, TransitionTable.NextStateOf(action));
    }
}
