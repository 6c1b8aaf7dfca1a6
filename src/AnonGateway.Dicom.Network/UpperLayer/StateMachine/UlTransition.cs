namespace AnonGateway.Dicom.Network.UpperLayer.StateMachine;

/// <summary>One cell of the transition table: the action to perform and the state that follows.</summary>
/// <param name="Action">The action; <see cref="UlAction.Undefined"/> for an empty cell.</param>
/// <param name="NextState">The state after the action (for AE-6 and AR-8 the first of the two possible states is
/// given; <see cref="UpperLayerStateMachine"/> picks the right one).</param>
public readonly record struct UlTransition(UlAction Action, UlState NextState)
{
    /// <summary>Whether the standard defines this cell.</summary>
    public bool IsDefined => Action != UlAction.Undefined;
}
