from datetime import datetime, timedelta


class AttributionCalculator:
    """Multi-touch attribution of conversions to earlier ad touchpoints."""

    def __init__(self, attribution_window_days: int = 7):
        self.attribution_window_days = attribution_window_days

    def process_ad_event(self, event: dict) -> dict | None:
        """event: {user_id, ad_id, campaign_id, event_type, timestamp (ISO text),
        conversion_value (optional), channel (optional)}.

        impression / click: store it as a touchpoint of the user and return None.
        conversion (never a touchpoint itself): take the user's touchpoints with
        conversion - window <= t <= conversion, in arrival order, and return
        {user_id, conversion_value (default 0), touchpoint_count,
         attribution_weights: {first_touch, last_touch, linear, time_decay} (one list each,
         one weight per touchpoint), first_touch_campaign, last_touch_campaign}.
        time_decay: 1 / sqrt(whole days from touch to conversion + 1), normalised to sum 1.
        No touchpoint: {"error": "No touchpoints found within attribution window"}.
        """
