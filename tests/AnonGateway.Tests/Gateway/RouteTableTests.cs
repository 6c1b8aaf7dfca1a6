using System.Net;
using AnonGateway.Configuration;
using AnonGateway.Routing;

namespace AnonGateway.Tests.Gateway;

public class RouteTableTests
{
    private static RouteTable Table() => new(
    [
        new RouteOptions { Name = "neuro", CalledAeTitle = "NEURO", CallingAeTitles = ["MR1"], AllowedAddresses = ["127.0.0.0/8"], Destination = "x" },
        new RouteOptions { Name = "cardio", CalledAeTitle = "CARDIO", Destination = "x" },
    ]);

    [Fact]
    public void Select_ExactCalledAe_WithAllowedCallingAndAddress_PicksRoute()
    {
        var (route, why) = Table().Select("NEURO", "MR1", IPAddress.Parse("127.0.0.5"));
        Assert.Equal("neuro", route?.Name);
        Assert.Equal(RouteRejection.None, why);
    }

    [Fact]
    public void Select_UnknownCalledAe_IsCalledAeNotRecognized()
    {
        var (route, why) = Table().Select("OTHER", "MR1", IPAddress.Loopback);
        Assert.Null(route);
        Assert.Equal(RouteRejection.CalledAeNotRecognized, why);
    }

    [Fact]
    public void Select_DisallowedCallingAe_IsCallingAeNotRecognized()
    {
        var (route, why) = Table().Select("NEURO", "CT9", IPAddress.Loopback);
        Assert.Null(route);
        Assert.Equal(RouteRejection.CallingAeNotRecognized, why);
    }

    [Fact]
    public void Select_DisallowedAddress_IsAddressNotAllowed_AndIPv4MappedMatches()
    {
        var t = Table();
        Assert.Equal(RouteRejection.AddressNotAllowed, t.Select("NEURO", "MR1", IPAddress.Parse("10.1.1.1")).Rejection);
        Assert.Equal("neuro", t.Select("NEURO", "MR1", IPAddress.Parse("::ffff:127.0.0.1")).Route?.Name);
    }

    [Fact]
    public void Select_CatchAllComesAfterExactRoutes()
    {
        var t = new RouteTable(
        [
            new RouteOptions { Name = "all", CalledAeTitle = "*", Destination = "x" },
            new RouteOptions { Name = "neuro", CalledAeTitle = "NEURO", Destination = "x" },
        ]);
        Assert.Equal("neuro", t.Select("NEURO", "A", IPAddress.Loopback).Route?.Name);
        Assert.Equal("all", t.Select("ANY", "A", IPAddress.Loopback).Route?.Name);
    }

    [Fact]
    public void Select_AeTitlesCompareWithoutPadding_ButCaseSensitive()
    {
        var t = Table();
        Assert.Equal("cardio", t.Select("CARDIO  ", "X", IPAddress.Loopback).Route?.Name);
        Assert.Null(t.Select("cardio", "X", IPAddress.Loopback).Route);
    }
}
