-- why: the seed's own schema (Solution 1.2), verbatim: no CREATE TABLE keywords, VARCHAR/BIGINT/DECIMAL/BOOLEAN/DATE/TIMESTAMP, DEFAULT FALSE, PARTITION BY after the column list. Its own queries (1.2, 1.3) read only these three tables, so nothing had to be completed.
-- User activity fact table (high volume, time-partitioned)
fact_user_sessions (
    session_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    session_start_ts TIMESTAMP NOT NULL,
    session_end_ts TIMESTAMP,
    
    -- Session characteristics
    platform_type VARCHAR(20), -- 'ios', 'android', 'web'
    entry_point VARCHAR(30),   -- 'notification', 'direct', 'bookmark'
    
    -- Engagement aggregates
    posts_viewed INT DEFAULT 0,
    posts_liked INT DEFAULT 0,
    posts_shared INT DEFAULT 0,
    posts_commented INT DEFAULT 0,
    stories_viewed INT DEFAULT 0,
    
    -- Session quality metrics
    total_scroll_distance_px INT DEFAULT 0,
    max_scroll_depth_pct DECIMAL(5,2) DEFAULT 0,
    session_bounce_flag BOOLEAN DEFAULT FALSE,
    
    -- For DAU/MAU calculations
    date_partition DATE NOT NULL,
    hour_partition INT NOT NULL
)
PARTITION BY date_partition;

-- User-level daily aggregation (for fast DAU/MAU queries)
fact_user_daily_activity (
    user_id BIGINT,
    activity_date DATE,
    
    -- Activity flags
    is_dau BOOLEAN DEFAULT FALSE,
    is_feed_active BOOLEAN DEFAULT FALSE,
    is_stories_active BOOLEAN DEFAULT FALSE,
    is_creator BOOLEAN DEFAULT FALSE,
    
    -- Daily aggregates
    total_sessions INT DEFAULT 0,
    total_time_spent_minutes INT DEFAULT 0,
    posts_created INT DEFAULT 0,
    engagement_events INT DEFAULT 0,
    
    PRIMARY KEY (user_id, activity_date)
)
PARTITION BY activity_date;

-- User cohort dimension (for retention analysis)
dim_user_cohorts (
    user_id BIGINT PRIMARY KEY,
    registration_date DATE NOT NULL,
    cohort_month VARCHAR(7), -- 'YYYY-MM'
    acquisition_channel VARCHAR(50),
    user_segment VARCHAR(30), -- 'creator', 'casual', 'heavy_consumer'
    
    -- Lifecycle metrics (updated daily)
    days_since_registration INT,
    lifetime_sessions INT,
    last_active_date DATE,
    is_retained_d1 BOOLEAN,
    is_retained_d7 BOOLEAN,
    is_retained_d30 BOOLEAN
);
