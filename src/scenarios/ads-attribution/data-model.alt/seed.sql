-- why: the seed's own schema (Solution 3.2) as written, shorthand without CREATE TABLE, PARTITION BY and all; a path-level attribution fact keyed on (user_id, conversion_event_id).

-- Ad events fact table
fact_ad_events (
    event_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    event_type VARCHAR(20), -- 'impression', 'click', 'conversion'
    event_timestamp TIMESTAMP NOT NULL,
    
    -- Attribution context
    attribution_window_hours INT,
    conversion_value_usd DECIMAL(10,2),
    product_category VARCHAR(50),
    
    date_partition DATE NOT NULL
)
PARTITION BY date_partition;

-- Multi-touch attribution weights
fact_attribution_paths (
    user_id BIGINT,
    conversion_event_id VARCHAR(50),
    conversion_timestamp TIMESTAMP,
    touchpoint_sequence_json TEXT, -- [{ad_id, timestamp, channel}...]
    
    -- Attribution model weights
    first_touch_weight DECIMAL(5,4),
    last_touch_weight DECIMAL(5,4),
    linear_weight DECIMAL(5,4),
    time_decay_weight DECIMAL(5,4),
    
    total_conversion_value DECIMAL(10,2),
    PRIMARY KEY (user_id, conversion_event_id)
);

-- completed: the seed's ROI query (Solution 3.3) reads dim_ad_campaigns, which its schema forgot.
dim_ad_campaigns (
    campaign_id BIGINT PRIMARY KEY,
    advertiser_id BIGINT NOT NULL,
    campaign_name VARCHAR(200),
    objective VARCHAR(20), -- 'awareness', 'consideration', 'conversions'
    campaign_start_date DATE NOT NULL,
    campaign_end_date DATE,
    total_spend_usd DECIMAL(12,2)
);
