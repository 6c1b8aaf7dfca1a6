namespace AnonGateway.Dicom.Network.UpperLayer.StateMachine;

/// <summary>PS3.8 Table 9-10, the state transition table, as data: one cell per (event, state).</summary>
/// <remarks>Empty cells of the standard are <see cref="UlAction.Undefined"/>. <see cref="UpperLayerStateMachine"/>
/// turns an undefined PDU event into an A-ABORT (unexpected PDU) so that no illegal transition can be forgotten.</remarks>
public static class TransitionTable
{
    private const int StateCount = 13;
    private const int EventCount = 19;
    private static readonly UlTransition[] s_cells = Build();

    /// <summary>The cell for <paramref name="evt"/> in <paramref name="state"/>.</summary>
    public static UlTransition Lookup(UlState state, UlEvent evt) => s_cells[Index(state, evt)];

    /// <summary>The state each action leads to (PS3.8 Tables 9-6 to 9-9).</summary>
    public static UlState NextStateOf(UlAction action) => action switch
    {
        UlAction.AE1 => UlState.Sta4,
        UlAction.AE2 => UlState.Sta5,
        UlAction.AE3 => UlState.Sta6,
        UlAction.AE4 => UlState.Sta1,
        UlAction.AE5 => UlState.Sta2,
        UlAction.AE6 => UlState.Sta3, // or Sta13 when the request is not acceptable
        UlAction.AE7 => UlState.Sta6,
        UlAction.AE8 => UlState.Sta13,
        UlAction.DT1 => UlState.Sta6,
        UlAction.DT2 => UlState.Sta6,
        UlAction.AR1 => UlState.Sta7,
        UlAction.AR2 => UlState.Sta8,
        UlAction.AR3 => UlState.Sta1,
        UlAction.AR4 => UlState.Sta13,
        UlAction.AR5 => UlState.Sta1,
        UlAction.AR6 => UlState.Sta7,
        UlAction.AR7 => UlState.Sta8,
        UlAction.AR8 => UlState.Sta9, // Sta10 on the acceptor side
        UlAction.AR9 => UlState.Sta11,
        UlAction.AR10 => UlState.Sta12,
        UlAction.AA1 => UlState.Sta13,
        UlAction.AA2 => UlState.Sta1,
        UlAction.AA3 => UlState.Sta1,
        UlAction.AA4 => UlState.Sta1,
        UlAction.AA5 => UlState.Sta1,
        UlAction.AA6 => UlState.Sta13,
        UlAction.AA7 => UlState.Sta13,
        UlAction.AA8 => UlState.Sta13,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "no state follows an undefined action"),
    };

    private static int Index(UlState state, UlEvent evt)
    {
        if (state is < UlState.Sta1 or > UlState.Sta13) throw new ArgumentOutOfRangeException(nameof(state));
        if (evt is < UlEvent.Evt1 or > UlEvent.Evt19) throw new ArgumentOutOfRangeException(nameof(evt));
        return ((int)evt - 1) * StateCount + ((int)state - 1);
    }

    private static UlTransition[] Build()
    {
        var cells = new UlTransition[StateCount * EventCount];
        void Set(UlEvent evt, UlAction action, params UlState[] states)
        {
            foreach (var s in states) cells[Index(s, evt)] = new UlTransition(action, NextStateOf(action));
        }

        // States that hold an association or are establishing one over an open transport connection.
        UlState[] sta6To12 = [UlState.Sta6, UlState.Sta7, UlState.Sta8, UlState.Sta9, UlState.Sta10, UlState.Sta11, UlState.Sta12];
        UlState[] sta3Sta5To12 = [UlState.Sta3, UlState.Sta5, .. sta6To12];

        Set(UlEvent.Evt1, UlAction.AE1, UlState.Sta1);
        Set(UlEvent.Evt2, UlAction.AE2, UlState.Sta4);

        Set(UlEvent.Evt3, UlAction.AA1, UlState.Sta2);
        Set(UlEvent.Evt3, UlAction.AA8, [UlState.Sta3, .. sta6To12]);
        Set(UlEvent.Evt3, UlAction.AE3, UlState.Sta5);
        Set(UlEvent.Evt3, UlAction.AA6, UlState.Sta13);

        Set(UlEvent.Evt4, UlAction.AA1, UlState.Sta2);
        Set(UlEvent.Evt4, UlAction.AA8, [UlState.Sta3, .. sta6To12]);
        Set(UlEvent.Evt4, UlAction.AE4, UlState.Sta5);
        Set(UlEvent.Evt4, UlAction.AA6, UlState.Sta13);

        Set(UlEvent.Evt5, UlAction.AE5, UlState.Sta1);

        Set(UlEvent.Evt6, UlAction.AE6, UlState.Sta2);
        Set(UlEvent.Evt6, UlAction.AA8, sta3Sta5To12);
        Set(UlEvent.Evt6, UlAction.AA7, UlState.Sta13);

        Set(UlEvent.Evt7, UlAction.AE7, UlState.Sta3);
        Set(UlEvent.Evt8, UlAction.AE8, UlState.Sta3);

        Set(UlEvent.Evt9, UlAction.DT1, UlState.Sta6);
        Set(UlEvent.Evt9, UlAction.AR7, UlState.Sta8);

        Set(UlEvent.Evt10, UlAction.AA1, UlState.Sta2);
        Set(UlEvent.Evt10, UlAction.AA8, [UlState.Sta3, UlState.Sta5, UlState.Sta8, UlState.Sta9, UlState.Sta10, UlState.Sta11, UlState.Sta12]);
        Set(UlEvent.Evt10, UlAction.DT2, UlState.Sta6);
        Set(UlEvent.Evt10, UlAction.AR6, UlState.Sta7);
        Set(UlEvent.Evt10, UlAction.AA6, UlState.Sta13);

        Set(UlEvent.Evt11, UlAction.AR1, UlState.Sta6);

        Set(UlEvent.Evt12, UlAction.AA1, UlState.Sta2);
        Set(UlEvent.Evt12, UlAction.AA8, [UlState.Sta3, UlState.Sta5, UlState.Sta8, UlState.Sta9, UlState.Sta10, UlState.Sta11, UlState.Sta12]);
        Set(UlEvent.Evt12, UlAction.AR2, UlState.Sta6);
        Set(UlEvent.Evt12, UlAction.AR8, UlState.Sta7);
        Set(UlEvent.Evt12, UlAction.AA6, UlState.Sta13);

        Set(UlEvent.Evt13, UlAction.AA1, UlState.Sta2);
        Set(UlEvent.Evt13, UlAction.AA8, [UlState.Sta3, UlState.Sta5, UlState.Sta6, UlState.Sta8, UlState.Sta9, UlState.Sta12]);
        Set(UlEvent.Evt13, UlAction.AR3, UlState.Sta7, UlState.Sta11);
        Set(UlEvent.Evt13, UlAction.AR10, UlState.Sta10);
        Set(UlEvent.Evt13, UlAction.AA6, UlState.Sta13);

        Set(UlEvent.Evt14, UlAction.AR4, UlState.Sta8, UlState.Sta12);
        Set(UlEvent.Evt14, UlAction.AR9, UlState.Sta9);

        Set(UlEvent.Evt15, UlAction.AA1, sta3Sta5To12);
        Set(UlEvent.Evt15, UlAction.AA2, UlState.Sta4);

        Set(UlEvent.Evt16, UlAction.AA2, UlState.Sta2, UlState.Sta13);
        Set(UlEvent.Evt16, UlAction.AA3, sta3Sta5To12);

        Set(UlEvent.Evt17, UlAction.AA5, UlState.Sta2);
        Set(UlEvent.Evt17, UlAction.AA4, [UlState.Sta3, UlState.Sta4, UlState.Sta5, .. sta6To12]);
        Set(UlEvent.Evt17, UlAction.AR5, UlState.Sta13);

        Set(UlEvent.Evt18, UlAction.AA2, UlState.Sta2, UlState.Sta13);

        Set(UlEvent.Evt19, UlAction.AA1, UlState.Sta2);
        Set(UlEvent.Evt19, UlAction.AA8, sta3Sta5To12);
        Set(UlEvent.Evt19, UlAction.AA7, UlState.Sta13);
        return cells;
    }
}
