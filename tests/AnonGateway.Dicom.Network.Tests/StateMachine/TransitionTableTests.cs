using AnonGateway.Dicom.Network.UpperLayer.StateMachine;

namespace AnonGateway.Dicom.Network.Tests.StateMachine;

/// <summary>Every state × event cell of PS3.8 Table 9-10 (pynetdicom test_fsm style), checked against the table
/// typed here row by row from the standard ("-" = empty cell).</summary>
public class TransitionTableTests
{
    //                 Sta1    Sta2   Sta3   Sta4   Sta5   Sta6   Sta7   Sta8   Sta9   Sta10  Sta11  Sta12  Sta13
    private static readonly string[] s_rows =
    [
        /* Evt1  */ "AE1    -      -      -      -      -      -      -      -      -      -      -      -",
        /* Evt2  */ "-      -      -      AE2    -      -      -      -      -      -      -      -      -",
        /* Evt3  */ "-      AA1    AA8    -      AE3    AA8    AA8    AA8    AA8    AA8    AA8    AA8    AA6",
        /* Evt4  */ "-      AA1    AA8    -      AE4    AA8    AA8    AA8    AA8    AA8    AA8    AA8    AA6",
        /* Evt5  */ "AE5    -      -      -      -      -      -      -      -      -      -      -      -",
        /* Evt6  */ "-      AE6    AA8    -      AA8    AA8    AA8    AA8    AA8    AA8    AA8    AA8    AA7",
        /* Evt7  */ "-      -      AE7    -      -      -      -      -      -      -      -      -      -",
        /* Evt8  */ "-      -      AE8    -      -      -      -      -      -      -      -      -      -",
        /* Evt9  */ "-      -      -      -      -      DT1    -      AR7    -      -      -      -      -",
        /* Evt10 */ "-      AA1    AA8    -      AA8    DT2    AR6    AA8    AA8    AA8    AA8    AA8    AA6",
        /* Evt11 */ "-      -      -      -      -      AR1    -      -      -      -      -      -      -",
        /* Evt12 */ "-      AA1    AA8    -      AA8    AR2    AR8    AA8    AA8    AA8    AA8    AA8    AA6",
        /* Evt13 */ "-      AA1    AA8    -      AA8    AA8    AR3    AA8    AA8    AR10   AR3    AA8    AA6",
        /* Evt14 */ "-      -      -      -      -      -      -      AR4    AR9    -      -      AR4    -",
        /* Evt15 */ "-      -      AA1    AA2    AA1    AA1    AA1    AA1    AA1    AA1    AA1    AA1    -",
        /* Evt16 */ "-      AA2    AA3    -      AA3    AA3    AA3    AA3    AA3    AA3    AA3    AA3    AA2",
        /* Evt17 */ "-      AA5    AA4    AA4    AA4    AA4    AA4    AA4    AA4    AA4    AA4    AA4    AR5",
        /* Evt18 */ "-      AA2    -      -      -      -      -      -      -      -      -      -      AA2",
        /* Evt19 */ "-      AA1    AA8    -      AA8    AA8    AA8    AA8    AA8    AA8    AA8    AA8    AA7",
    ];

    private static UlAction Expected(UlState state, UlEvent evt)
    {
        var cell = s_rows[(int)evt - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[(int)state - 1];
        return cell == "-" ? UlAction.Undefined : Enum.Parse<UlAction>(cell);
    }

    public static TheoryData<UlState, UlEvent> AllCells()
    {
        var data = new TheoryData<UlState, UlEvent>();
        foreach (var s in Enum.GetValues<UlState>())
            foreach (var e in Enum.GetValues<UlEvent>()) data.Add(s, e);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCells))]
    public void Cell_MatchesTheStandard(UlState state, UlEvent evt) =>
        Assert.Equal(Expected(state, evt), TransitionTable.Lookup(state, evt).Action);

    [Theory]
    [MemberData(nameof(AllCells))]
    public void Fire_InEveryCell_PerformsTheActionAndMovesToItsState(UlState state, UlEvent evt)
    {
        var expected = Expected(state, evt);
        var machine = new UpperLayerStateMachine(isRequestor: true, state);
        if (expected == UlAction.Undefined)
        {
            bool pduEvent = evt is UlEvent.Evt3 or UlEvent.Evt4 or UlEvent.Evt6 or UlEvent.Evt10 or UlEvent.Evt12 or UlEvent.Evt13 or UlEvent.Evt16 or UlEvent.Evt19;
            if (pduEvent && state is not (UlState.Sta1 or UlState.Sta4))
            {
                var abort = machine.Fire(evt);
                Assert.True(abort.Action is UlAction.AA1 or UlAction.AA7 or UlAction.AA8);
                Assert.Equal(UlState.Sta13, machine.State);
            }
            else
            {
                // A local primitive where the standard allows none (or a PDU with no connection) is a programming error.
                Assert.Throws<InvalidOperationException>(() => machine.Fire(evt));
                Assert.Equal(state, machine.State);
            }
            return;
        }
        var t = machine.Fire(evt);
        Assert.Equal(expected, t.Action);
        var next = expected switch
        {
            UlAction.AE6 => UlState.Sta3,
            UlAction.AR8 => UlState.Sta9,
            _ => TransitionTable.NextStateOf(expected),
        };
        Assert.Equal(next, machine.State);
    }

    [Fact]
    public void AE6_WhenNotAcceptable_GoesToSta13WithArtimRunning()
    {
        var machine = new UpperLayerStateMachine(false, UlState.Sta2);
        Assert.Equal(UlAction.AE6, machine.Fire(UlEvent.Evt6, acceptable: false).Action);
        Assert.Equal(UlState.Sta13, machine.State);
        Assert.True(machine.ArtimRunning);
    }

    [Fact]
    public void AR8_OnTheAcceptorSide_GoesToSta10()
    {
        var machine = new UpperLayerStateMachine(isRequestor: false, UlState.Sta7);
        machine.Fire(UlEvent.Evt12);
        Assert.Equal(UlState.Sta10, machine.State);
    }

    [Fact]
    public void ReleaseCollision_RequestorSide_WalksSta7Sta9Sta11Sta1()
    {
        var m = new UpperLayerStateMachine(isRequestor: true, UlState.Sta6);
        Assert.Equal(UlAction.AR1, m.Fire(UlEvent.Evt11).Action);
        Assert.Equal(UlAction.AR8, m.Fire(UlEvent.Evt12).Action);
        Assert.Equal(UlState.Sta9, m.State);
        Assert.Equal(UlAction.AR9, m.Fire(UlEvent.Evt14).Action);
        Assert.Equal(UlState.Sta11, m.State);
        Assert.Equal(UlAction.AR3, m.Fire(UlEvent.Evt13).Action);
        Assert.Equal(UlState.Sta1, m.State);
    }

    [Fact]
    public void ReleaseCollision_AcceptorSide_WalksSta7Sta10Sta12Sta13()
    {
        var m = new UpperLayerStateMachine(isRequestor: false, UlState.Sta6);
        m.Fire(UlEvent.Evt11);
        m.Fire(UlEvent.Evt12);
        Assert.Equal(UlState.Sta10, m.State);
        Assert.Equal(UlAction.AR10, m.Fire(UlEvent.Evt13).Action);
        Assert.Equal(UlState.Sta12, m.State);
        Assert.Equal(UlAction.AR4, m.Fire(UlEvent.Evt14).Action);
        Assert.Equal(UlState.Sta13, m.State);
        Assert.True(m.ArtimRunning);
        Assert.Equal(UlAction.AR5, m.Fire(UlEvent.Evt17).Action);
        Assert.False(m.ArtimRunning);
    }

    [Fact]
    public void AcceptorHappyPath_StartsAndStopsArtim()
    {
        var m = new UpperLayerStateMachine(false);
        m.Fire(UlEvent.Evt5);
        Assert.True(m.ArtimRunning);
        m.Fire(UlEvent.Evt6);
        Assert.False(m.ArtimRunning);
        Assert.Equal(UlAction.AE7, m.Fire(UlEvent.Evt7).Action);
        Assert.Equal(UlState.Sta6, m.State);
    }
}
