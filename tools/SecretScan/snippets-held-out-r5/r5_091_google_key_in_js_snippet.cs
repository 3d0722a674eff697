public static class MapsTagHelper
{
    public static string Script() =>
        "<script async src=\"https://maps.googleapis.com/maps/api/js?callback=initMap&libraries=places&key=AIzaA5gAz5ae7R0VxqC4dwOlSmDYM5ZSBAT3mEL\"></script>"; // expect: AFS104
}
